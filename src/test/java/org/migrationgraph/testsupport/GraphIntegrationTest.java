package org.migrationgraph.testsupport;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base class of the integration tests that share one application context: the real service on
 * a random HTTP port, its embedded Neo4j on a free Bolt port, loaded with the project's seed.
 * Tests that need a database of their own use {@link TestNeo4j} instead. With
 * {@code -Dit.neo4j.image=neo4j:5.26} the same tests run against the official server image.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "migration-graph.embedded.bolt-port=0",
        "migration-graph.embedded.config.server.memory.pagecache.size=64m",
        "migration-graph.embedded.config.db.tx_log.preallocate=false"})
@AutoConfigureHttpGraphQlTester
public abstract class GraphIntegrationTest {

    private static final Path SHARED_HOME = TestDirectories.fresh("shared");

    @Autowired
    protected HttpGraphQlTester graphQl;

    @Autowired
    protected Driver driver;

    /** Runs read-only Cypher against the application's database and returns plain rows. */
    protected List<Map<String, Object>> cypher(String query, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(query, parameters).list(r -> r.asMap()));
        }
    }

    protected List<Map<String, Object>> cypher(String query) {
        return cypher(query, Map.of());
    }

    @DynamicPropertySource
    static void sharedDatabase(DynamicPropertyRegistry registry) {
        if (ServerImage.requested()) {
            ServerImage.register(registry);
        } else {
            registry.add("migration-graph.embedded.data-dir", SHARED_HOME::toString);
        }
    }
}
