package org.migrationgraph.embedded;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.internal.kernel.api.exceptions.ProcedureException;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j DBMS running in this JVM with Bolt on 127.0.0.1, so that the application (and any
 * Neo4j tool) reaches it through the same driver path as an external server. Public because
 * tests start one outside the application context to play an external database.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private static final String LOOPBACK = "127.0.0.1";
    /**
     * Present in a data directory while an offline import writes its store (generate.StoreImport):
     * a store found with it was left half-written by an import that did not finish.
     */
    public static final String IMPORT_MARKER = "import-in-progress";

    private final DatabaseManagementService dbms;
    private final Path home;
    private final URI boltUri;
    private final BoltCredentials credentials;

    private final Set<String> allowedOrigins;

    private EmbeddedNeo4j(DatabaseManagementService dbms, Path home, URI boltUri, BoltCredentials credentials,
                          Set<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
        this.dbms = dbms;
        this.home = home;
        this.boltUri = boltUri;
        this.credentials = credentials;
    }

    /** Starts the DBMS with a generated Bolt password kept in the data directory. */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort, Map<String, String> extraConfig) {
        return start(dataDir, boltPort, extraConfig, null);
    }

    /**
     * Starts the DBMS, or explains in one sentence (and an action) why it cannot. Bolt requires
     * the {@code neo4j} user's password: {@code password}, or a generated one when it is null.
     */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort, Map<String, String> extraConfig, String password) {
        Path home = prepareHome(dataDir);
        if (Files.exists(home.resolve(IMPORT_MARKER))) {
            throw new EmbeddedNeo4jStartException("The store in " + home + " was left half-written by an import that did not finish.",
                    "Run the same --generate command again (it starts the import over), or delete " + home + " to start empty.", null);
        }
        BoltCredentials credentials = BoltCredentials.resolve(home, password);
        Path conf = writeConfig(home, boltPort, extraConfig);
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
        } catch (RuntimeException e) {
            throw explain(e, home, boltPort);
        }
        credentials.applyTo(dbms);
        Set<String> allowedOrigins = ConcurrentHashMap.newKeySet();
        BoltOriginGuard.install((GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), allowedOrigins);
        URI uri = URI.create("bolt://" + LOOPBACK + ":" + boundPort(dbms));
        return new EmbeddedNeo4j(dbms, home, uri, credentials, allowedOrigins);
    }

    /** The default database, for reads in this JVM without Bolt (ADR 6). */
    public GraphDatabaseAPI database() {
        var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        String name = system.getDependencyResolver().resolveDependency(Config.class)
                .get(GraphDatabaseSettings.initial_default_database);
        return (GraphDatabaseAPI) dbms.database(name);
    }

    /**
     * Registers a class of this project's read-only procedures with the default database (ADR 16):
     * false, and a warning, when Neo4j refuses them, and the statements that would call them are
     * read in Cypher instead. Each start of the service starts its own database, so they are
     * never there already.
     */
    public boolean registerProcedures(Class<?> procedures) {
        return register(procedures, GlobalProcedures::registerProcedure);
    }

    /** Registers a class of this project's user functions, as {@link #registerProcedures}. */
    public boolean registerFunctions(Class<?> functions) {
        return register(functions, GlobalProcedures::registerFunction);
    }

    private interface Registration {
        void register(GlobalProcedures procedures, Class<?> extension) throws ProcedureException;
    }

    private boolean register(Class<?> extension, Registration registration) {
        try {
            registration.register(database().getDependencyResolver().resolveDependency(GlobalProcedures.class), extension);
            return true;
        } catch (ProcedureException e) {
            log.warn("Could not register {}: the statements that would call it are read in Cypher instead ({})",
                    extension.getSimpleName(), e.getMessage());
            return false;
        }
    }

    /** Lets pages of these web origins open Bolt over WebSocket; every other origin is refused. */
    public void allowBoltOrigins(Collection<String> origins) {
        origins.forEach(origin -> allowedOrigins.add(origin.toLowerCase(Locale.ROOT)));
    }

    public URI boltUri() {
        return boltUri;
    }

    public Path home() {
        return home;
    }

    /** What a Bolt client must send: the {@code neo4j} user and its password. */
    public AuthToken authToken() {
        return AuthTokens.basic(BoltCredentials.USER, credentials.password());
    }

    /** Where the generated Bolt password is kept, or empty when it comes from the configuration. */
    public Optional<Path> passwordFile() {
        return Optional.ofNullable(credentials.file());
    }


    /** Checkpoints and closes the store, so that the next start needs no recovery. */
    @Override
    public void close() {
        dbms.shutdown();
    }

    private static Path prepareHome(Path dataDir) {
        Path home = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(home.resolve("conf"));
            Path probe = Files.createTempFile(home, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new EmbeddedNeo4jStartException(
                    "The Neo4j data directory " + home + " cannot be written (" + e.getClass().getSimpleName()
                            + ": " + e.getMessage() + ").",
                    "Point migration-graph.embedded.data-dir at a writable directory, or fix its permissions.", e);
        }
        return home;
    }

    /**
     * Settings go through a generated conf file because the embedded builder takes raw
     * "name=value" settings only from a file; Neo4j then validates them itself, so a typo in
     * migration-graph.embedded.config.* fails start-up with Neo4j's own message.
     */
    private static Path writeConfig(Path home, int boltPort, Map<String, String> extraConfig) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.bolt.enabled", "true");
        settings.put("server.bolt.listen_address", LOOPBACK + ":" + boltPort);
        settings.put("server.bolt.advertised_address", LOOPBACK + ":" + boltPort);
        // Bolt is a full-control port: it requires the password, cannot read local files through
        // LOAD CSV, and its import directory is an empty folder of its own (ADR 9).
        settings.put("dbms.security.auth_enabled", "true");
        settings.put("dbms.security.allow_csv_import_from_file_urls", "false");
        settings.put("server.directories.import", importDirectory(home).toString());
        // Bolt's two Netty event loop groups each waited a 5 s quiet period at shutdown: 10 of the
        // 13 s from SIGTERM to exit (audit 6c). Connections are closed before, so none is needed.
        settings.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
        settings.putAll(extraConfig);
        String text = settings.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "# Generated at every start from migration-graph.embedded.*; edits are overwritten.\n", "\n"));
        Path conf = home.resolve("conf").resolve("migration-graph-embedded.conf");
        try {
            Files.writeString(conf, text);
        } catch (IOException e) {
            throw new EmbeddedNeo4jStartException("Cannot write " + conf + ": " + e.getMessage(),
                    "Point migration-graph.embedded.data-dir at a writable directory.", e);
        }
        return conf;
    }

    private static Path importDirectory(Path home) {
        Path imports = home.resolve("import");
        try {
            return Files.createDirectories(imports);
        } catch (IOException e) {
            throw new EmbeddedNeo4jStartException("Cannot create " + imports + ": " + e.getMessage(),
                    "Point migration-graph.embedded.data-dir at a writable directory.", e);
        }
    }

    private static int boundPort(DatabaseManagementService dbms) {
        var system = (GraphDatabaseAPI) dbms.database("system");
        return system.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
    }

    private static EmbeddedNeo4jStartException explain(RuntimeException e, Path home, int boltPort) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String type = t.getClass().getName();
            if (t instanceof BindException || type.endsWith("PortBindException")) {
                return new EmbeddedNeo4jStartException(
                        "Bolt port " + boltPort + " on " + LOOPBACK + " is already in use.",
                        "Stop the process holding it, or set migration-graph.embedded.bolt-port to a free port (0 picks one).", e);
            }
            if (type.endsWith("FileLockException") || type.endsWith("StoreLockException")) {
                return new EmbeddedNeo4jStartException(
                        "The Neo4j store in " + home + " is locked by another running Neo4j process.",
                        "Stop the other instance, or give this one its own migration-graph.embedded.data-dir.", e);
            }
        }
        return new EmbeddedNeo4jStartException(
                "The embedded Neo4j in " + home + " failed to start: " + rootMessage(e),
                "See " + home.resolve("logs/debug.log") + " for Neo4j's own account; check migration-graph.embedded.config.* settings.", e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
