package org.migrationgraph.schema;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned schema migrations that the database has not seen yet, and records each
 * one (version, checksum) in a {@code :SchemaMigration} node. Statements use IF NOT EXISTS,
 * so a run interrupted between a statement and its record is safe to repeat.
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

    private final Driver driver;

    public SchemaMigrations(Driver driver) {
        this.driver = driver;
    }

    /** Returns how many migrations were applied now (0 when the schema was current). */
    public int apply() {
        List<Migration> migrations = MigrationFiles.load(LOCATION);
        try (Session session = driver.session()) {
            Map<Integer, String> applied = session.executeRead(tx -> tx.run(APPLIED).list(r ->
                    Map.entry(r.get("version").asInt(), r.get("checksum").asString())))
                    .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
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
                session.run("CALL db.awaitIndexes(300)").consume();
            }
            return count;
        }
    }

    private void run(Session session, Migration migration) {
        // Schema statements cannot share a transaction with writes: each runs on its own.
        for (String statement : migration.statements()) {
            session.executeWriteWithoutResult(tx -> tx.run(statement));
        }
        session.executeWriteWithoutResult(tx -> tx.run(RECORD, Map.of(
                "version", migration.version(),
                "description", migration.description(),
                "checksum", migration.checksum())));
        log.info("Applied schema migration V{} ({})", migration.version(), migration.description());
    }
}
