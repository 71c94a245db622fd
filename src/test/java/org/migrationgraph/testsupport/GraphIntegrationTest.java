package org.migrationgraph.testsupport;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtendWith;
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
        // A dashboard allowed to frame /embed (EmbedIT).
        "migration-graph.explorer.embed-origins=https://dashboard.example.org",
        "migration-graph.embedded.config.server.memory.pagecache.size=64m",
        "migration-graph.embedded.config.db.tx_log.preallocate=false",
        // Small enough for ResponseSizeIT to pass with three whole networks (about 240 kB each).
        "migration-graph.api.max-response-size=" + GraphIntegrationTest.MAX_RESPONSE_SIZE,
        // The tests share one client address: a budget they cannot spend, except the limited key's.
        "migration-graph.rate-limit.points-per-minute=100000000",
        "migration-graph.security.keys[0].name=test-reader",
        "migration-graph.security.keys[0].hash=" + TestKeys.READER_HASH,
        "migration-graph.security.keys[0].roles=reader",
        "migration-graph.security.keys[1].name=test-editor",
        "migration-graph.security.keys[1].hash=" + TestKeys.EDITOR_HASH,
        "migration-graph.security.keys[1].roles=editor",
        "migration-graph.security.keys[2].name=test-admin",
        "migration-graph.security.keys[2].hash=" + TestKeys.ADMIN_HASH,
        "migration-graph.security.keys[2].roles=admin",
        "migration-graph.security.keys[3].name=test-limited",
        "migration-graph.security.keys[3].hash=" + TestKeys.LIMITED_HASH,
        "migration-graph.security.keys[3].roles=reader",
        "migration-graph.security.keys[3].points-per-minute=" + TestKeys.LIMITED_POINTS_PER_MINUTE})
@AutoConfigureHttpGraphQlTester
@ExtendWith(AfterWarmUp.class)
public abstract class GraphIntegrationTest {

    /** The answer size cap of the shared context. */
    protected static final String MAX_RESPONSE_SIZE = "600KB";

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
