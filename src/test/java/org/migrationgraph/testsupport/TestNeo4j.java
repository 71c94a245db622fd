package org.migrationgraph.testsupport;

import java.util.Map;

import org.migrationgraph.embedded.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A real Neo4j started outside any Spring context: a stand-in for an external server, or a
 * private database for tests that rewrite the graph.
 */
public final class TestNeo4j implements AutoCloseable {

    /** Small settings so that several test databases fit on a 2-core CI machine. */
    public static final Map<String, String> LEAN = Map.of(
            "server.memory.pagecache.size", "32m",
            "db.tx_log.preallocate", "false");

    private final EmbeddedNeo4j dbms;
    private final Driver driver;

    private TestNeo4j(EmbeddedNeo4j dbms) {
        this.dbms = dbms;
        this.driver = GraphDatabase.driver(dbms.boltUri(), dbms.authToken());
    }

    /** The Bolt password every test database gets, so an application under test can be pointed at one. */
    public static final String PASSWORD = "test-database-password";

    public static TestNeo4j start(String name) {
        return new TestNeo4j(EmbeddedNeo4j.start(TestDirectories.fresh(name), 0, LEAN, PASSWORD));
    }

    /** The settings that point an application at this database, as an external one. */
    public Map<String, String> asExternalDatabase() {
        return Map.of("spring.neo4j.uri", boltUri(), "spring.neo4j.authentication.username", "neo4j",
                "spring.neo4j.authentication.password", PASSWORD);
    }

    /** The DBMS, to register this project's procedures and functions as the service does when embedded. */
    public EmbeddedNeo4j embedded() {
        return dbms;
    }

    /** The database itself, for reading in-process as the service does when embedded. */
    public org.neo4j.kernel.internal.GraphDatabaseAPI database() {
        return dbms.database();
    }

    public Driver driver() {
        return driver;
    }

    public String boltUri() {
        return dbms.boltUri().toString();
    }

    public long count(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    @Override
    public void close() {
        driver.close();
        dbms.close();
    }
}
