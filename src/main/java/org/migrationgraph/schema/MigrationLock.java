package org.migrationgraph.schema;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * One instance migrates at a time, cluster-wide: a {@code :SchemaMigrationLock} node under a
 * uniqueness constraint, the way neo4j-migrations' MigrationsLock does it. Another instance
 * waits for the lock, then finds the migrations applied and does nothing.
 */
final class MigrationLock {

    private static final String CONSTRAINT = """
            CREATE CONSTRAINT schema_migration_lock IF NOT EXISTS
            FOR (l:SchemaMigrationLock) REQUIRE l.id IS UNIQUE
            """;
    private static final String TAKE = "CREATE (:SchemaMigrationLock {id: 'lock', owner: $owner, takenAt: datetime()})";
    private static final String RELEASE = "MATCH (l:SchemaMigrationLock {id: 'lock', owner: $owner}) DELETE l";
    private static final String CLEAR = """
            MATCH (l:SchemaMigrationLock) WITH l, toString(l.takenAt) AS takenAt DELETE l RETURN takenAt
            """;
    private static final Duration POLL = Duration.ofMillis(200);

    private final Session session;
    private final String owner = UUID.randomUUID().toString();

    private MigrationLock(Session session) {
        this.session = session;
    }

    /** Takes the lock, waiting up to {@code wait} for another instance to release it. */
    static MigrationLock take(Session session, Duration wait) {
        MigrationLock lock = new MigrationLock(session);
        long deadline = System.nanoTime() + wait.toNanos();
        while (!lock.tryTake()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Another instance has held the schema migration lock for over "
                        + wait.toSeconds() + " s. If none is running, remove the stale lock in Neo4j Browser or "
                        + "cypher-shell: MATCH (l:SchemaMigrationLock) DELETE l");
            }
            pause();
        }
        return lock;
    }

    /**
     * False when another instance holds the lock, or when instances starting together collide
     * on creating the constraint (a transient lock conflict in Neo4j): both mean try again.
     */
    private boolean tryTake() {
        try {
            session.run(CONSTRAINT, SchemaMigrations.START_UP).consume();
            session.executeWriteWithoutResult(tx -> tx.run(TAKE, Map.of("owner", owner)), SchemaMigrations.START_UP);
            return true;
        } catch (TransientException e) {
            return false;
        } catch (ClientException e) {
            if (String.valueOf(e.code()).endsWith("ConstraintValidationFailed")) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Removes a lock nobody can hold: only for a database this process has to itself (the
     * embedded one, whose store Neo4j locks to one process), where a lock found at start-up was
     * left by a process killed while migrating. Returns when that lock was taken, if there was one.
     */
    static java.util.Optional<String> clearLeftOver(Session session) {
        return session.executeWrite(tx -> tx.run(CLEAR).list(r -> r.get("takenAt").asString()), SchemaMigrations.START_UP).stream().findFirst();
    }

    void release() {
        session.executeWriteWithoutResult(tx -> tx.run(RELEASE, Map.of("owner", owner)), SchemaMigrations.START_UP);
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the schema migration lock", e);
        }
    }
}
