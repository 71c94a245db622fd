package org.migrationgraph.schema;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.migrationgraph.embedded.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned schema migrations that the database has not seen yet, and records each
 * one (version, checksum) in a {@code :SchemaMigration} node. Statements use IF NOT EXISTS,
 * so a run interrupted between a statement and its record is safe to repeat. Instances starting
 * together take turns through a {@link MigrationLock}. (neo4j-migrations does all this too, but
 * is not served by this project's Maven registry: ADR 8.)
 */
@Component
public class SchemaMigrations {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);
    static final String LOCATION = "classpath*:neo4j/migrations/V*__*.cypher";

    private static final String APPLIED = """
            MATCH (m:SchemaMigration) RETURN m.version AS version, m.checksum AS checksum
            """;
    private static final String RECORD = """
            MERGE (m:SchemaMigration {version: $version})
            SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
            """;

    private static final String DERIVED = """
            MATCH (d:DerivedProperty) RETURN d.name AS name, d.rulesVersion AS version
            """;
    private static final String RECORD_DERIVED = """
            MERGE (d:DerivedProperty {name: $name})
            SET d.rulesVersion = $version, d.derivedAt = datetime()
            """;

    static final Duration LOCK_WAIT = Duration.ofSeconds(60);
    /**
     * Every other statement at start-up. On a store of a million entities, the first statement of a
     * start (removing a left-over lock, one label scan that reads nothing) has taken over 5 s, the
     * limit the database gives API requests, and start-up failed there; the same statement takes
     * 0.2 s once the service runs. The cause was not found; start-up work gets its own limit.
     */
    static final TransactionConfig START_UP = TransactionConfig.builder().withTimeout(Duration.ofMinutes(2)).build();
    /** Populating new indexes, like deriving, takes minutes at a million entities, far past the API's transaction time limit. */
    private static final TransactionConfig POPULATING = TransactionConfig.builder().withTimeout(Duration.ofMinutes(30)).build();
    /** Deriving visits every stored record: minutes at a million entities, far past the API's transaction time limit. */
    private static final TransactionConfig DERIVING = TransactionConfig.builder().withTimeout(Duration.ofMinutes(30)).build();

    private final Driver driver;
    private final Duration lockWait;
    private final boolean exclusive;
    private final List<DerivedProperty> derived;

    /** With the embedded database this process is the only one that can reach the store. */
    @Autowired
    public SchemaMigrations(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded, List<DerivedProperty> derived) {
        this(driver, LOCK_WAIT, embedded.getIfAvailable() != null, derived);
    }

    /** For a database other processes may share (an external one). */
    public SchemaMigrations(Driver driver, List<DerivedProperty> derived) {
        this(driver, LOCK_WAIT, false, derived);
    }

    /** Without derived properties: the schema alone. */
    public SchemaMigrations(Driver driver) {
        this(driver, List.of());
    }

    /**
     * @param exclusive true when no other process can reach the database, so that a lock found
     *                  at start-up can only be left over from a process killed while migrating
     */
    SchemaMigrations(Driver driver, Duration lockWait, boolean exclusive) {
        this(driver, lockWait, exclusive, List.of());
    }

    SchemaMigrations(Driver driver, Duration lockWait, boolean exclusive, List<DerivedProperty> derived) {
        this.driver = driver;
        this.lockWait = lockWait;
        this.exclusive = exclusive;
        this.derived = List.copyOf(derived);
    }

    /** Returns how many migrations were applied now (0 when the schema was current). */
    public int apply() {
        return apply(Integer.MAX_VALUE);
    }

    /** Applies the migrations up to {@code lastVersion} only: what an earlier release would have done. */
    int apply(int lastVersion) {
        List<Migration> migrations = MigrationFiles.load(LOCATION).stream().filter(m -> m.version() <= lastVersion).toList();
        try (Session session = driver.session()) {
            if (exclusive) {
                MigrationLock.clearLeftOver(session).ifPresent(takenAt -> log.warn("Removed the schema migration lock taken at {} "
                        + "by a process that ended without releasing it (killed while migrating or loading the seed)", takenAt));
            }
            MigrationLock lock = MigrationLock.take(session, lockWait);
            try {
                int applied = applyMissing(session, migrations);
                if (lastVersion == Integer.MAX_VALUE) {
                    deriveStale(session);
                }
                return applied;
            } finally {
                lock.release();
            }
        }
    }

    private int applyMissing(Session session, List<Migration> migrations) {
        Map<Integer, String> applied = session.executeRead(tx -> tx.run(APPLIED).list(r ->
                Map.entry(r.get("version").asInt(), r.get("checksum").asString())), START_UP)
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        int count = 0;
        for (Migration migration : migrations) {
            String checksum = applied.get(migration.version());
            if (checksum == null) {
                run(session, migration);
                count++;
            } else if (!checksum.equals(migration.checksum())) {
                throw new IllegalStateException("Schema migration V" + migration.version()
                        + " was changed after it was applied; add a new migration instead of editing it.");
            }
        }
        if (count > 0) {
            // A new index is populated in the background; nothing may search it before it is online.
            // On a large store that takes minutes (a million paragraphs' full-text index): the wait
            // gets its own time limit, not the database's 5 s default for a transaction.
            session.run("CALL db.awaitIndexes(1800)", POPULATING).consume();
        }
        return count;
    }

    /** Derives again, everywhere, each derived property whose rules changed since it was last derived (or never was). */
    private void deriveStale(Session session) {
        Map<String, Integer> recorded = session.executeRead(tx -> tx.run(DERIVED).list(r -> Map.entry(r.get("name").asString(),
                r.get("version").asInt())), START_UP).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (DerivedProperty property : derived) {
            if (!Integer.valueOf(property.rulesVersion()).equals(recorded.get(property.name()))) {
                long started = System.nanoTime();
                property.statements().forEach(statement -> session.run(statement, DERIVING).consume());
                session.executeWriteWithoutResult(tx -> tx.run(RECORD_DERIVED, Map.of("name", property.name(),
                        "version", property.rulesVersion())), START_UP);
                log.info("Derived {} (rules version {}) on every stored record in {} ms", property.name(), property.rulesVersion(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    private void run(Session session, Migration migration) {
        // Schema statements cannot share a transaction with writes: each runs on its own.
        for (String statement : migration.statements()) {
            session.executeWriteWithoutResult(tx -> tx.run(statement), START_UP);
        }
        session.executeWriteWithoutResult(tx -> tx.run(RECORD, Map.of(
                "version", migration.version(),
                "description", migration.description(),
                "checksum", migration.checksum())), START_UP);
        log.info("Applied schema migration V{} ({})", migration.version(), migration.description());
    }
}
