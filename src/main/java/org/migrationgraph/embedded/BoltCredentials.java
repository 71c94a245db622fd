package org.migrationgraph.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.api.security.exception.InvalidAuthTokenException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The password of the embedded DBMS's {@code neo4j} user, which Bolt requires: the configured
 * one ({@code migration-graph.embedded.password}), or one generated on first start and kept in
 * {@code <data-dir>/bolt-password}, readable by its owner only. Checked at every start and set
 * through the in-process system database when it is not the user's yet, so changing the
 * configured password takes effect on restart.
 */
final class BoltCredentials {

    static final String USER = "neo4j";
    static final String FILE_NAME = "bolt-password";
    private static final Duration SET_PASSWORD_TIMEOUT = Duration.ofMinutes(1);

    private final String password;
    private final Path file;

    private BoltCredentials(String password, Path file) {
        this.password = password;
        this.file = file;
    }

    /** The configured password, or the kept one, or a new one written to the data directory. */
    static BoltCredentials resolve(Path home, String configured) {
        Path file = home.resolve(FILE_NAME);
        if (configured != null && !configured.isBlank()) {
            return new BoltCredentials(configured, null);
        }
        try {
            if (!Files.exists(file)) {
                writeOwnerOnly(file, generate());
            }
            return new BoltCredentials(Files.readString(file, StandardCharsets.UTF_8).strip(), file);
        } catch (IOException e) {
            throw new EmbeddedNeo4jStartException("Cannot keep the Bolt password in " + file + ": " + e.getMessage(),
                    "Make the data directory writable, or set migration-graph.embedded.password.", e);
        }
    }

    String password() {
        return password;
    }

    /** Where the password is kept, or null when it comes from the configuration. */
    Path file() {
        return file;
    }

    /**
     * Makes the password the {@code neo4j} user's, without a forced change at first login. When it
     * already is (every start but the first, or the first after the configured one changed), the
     * check is a password hash; setting it compiles a system-database command, which took seconds
     * of every start.
     */
    void applyTo(DatabaseManagementService dbms) {
        if (isAlreadyThePassword(dbms)) {
            return;
        }
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        // Its own time limit: db.transaction.timeout (5 s for the API) also binds the system
        // database, and hashing a password on a loaded machine took longer than that.
        try (var tx = system.beginTx(SET_PASSWORD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            tx.execute("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password)).close();
            tx.commit();
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to itself: then it is already the right one.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    /** Logs in as the user in process, as Bolt would; any doubt (an unexpected answer or failure) sets the password. */
    private boolean isAlreadyThePassword(DatabaseManagementService dbms) {
        try {
            var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            AuthManager auth = system.getDependencyResolver().resolveDependency(AuthManager.class);
            LoginContext login = auth.login(AuthToken.newBasicAuthToken(USER, password), ClientConnectionInfo.EMBEDDED_CONNECTION);
            return login.subject().getAuthenticationResult() == AuthenticationResult.SUCCESS;
        } catch (InvalidAuthTokenException | RuntimeException e) {
            return false;
        }
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void writeOwnerOnly(Path file, String password) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return; // another start won the race: its password is the one to keep
        }
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
    }
}
