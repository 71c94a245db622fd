package org.migrationgraph.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.AppRunner;
import org.migrationgraph.testsupport.GraphQlOverHttp;
import org.migrationgraph.testsupport.TestKeys;
import org.migrationgraph.testsupport.TestNeo4j;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

/**
 * Two instances on one database: a write on one is seen by the other's cached answers and by
 * its graphChanged subscribers within a second.
 */
class TwoInstancesIT {

    private static final String DESCRIPTION = "{ entity(id: \"org:iom\") { description version } }";

    @Test
    void shouldSeeAWriteMadeOnTheOtherInstanceWithinOneSecond() throws Exception {
        try (TestNeo4j database = TestNeo4j.start("two-instances");
             ConfigurableApplicationContext writer = AppRunner.run(settings(database));
             ConfigurableApplicationContext reader = AppRunner.run(settings(database))) {
            int readerPort = port(reader);
            String cached = GraphQlOverHttp.post(readerPort, DESCRIPTION, Map.of());
            assertThat(GraphQlOverHttp.post(readerPort, DESCRIPTION, Map.of())).isEqualTo(cached);
            var tester = WebSocketGraphQlTester.builder("ws://127.0.0.1:" + readerPort + "/graphql", new StandardWebSocketClient()).build();
            var next = tester.document("subscription { graphChanged { entityIds relationIds source revision } }").executeSubscription()
                    .toFlux("graphChanged", GraphChange.class).next().toFuture();
            GraphChanges readerChanges = reader.getBean(GraphChanges.class);
            Awaitility.await("the subscription reached the reader").atMost(Duration.ofSeconds(5)).until(() -> readerChanges.subscribers() > 0);

            String answer = GraphQlOverHttp.post(port(writer), """
                    mutation { updateEntity(input: {id: "org:iom", expectedVersion: 1, description: "Changed on the other instance.",
                      reason: "test: two instances"}) { revision userErrors { message } } }""", Map.of("Authorization", "Bearer " + TestKeys.EDITOR));
            long written = System.nanoTime();
            int revision = JsonPath.read(answer, "$.data.updateEntity.revision");

            String seen = Awaitility.await("the reader answers the new description").atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> GraphQlOverHttp.post(readerPort, DESCRIPTION, Map.of()), now -> !now.equals(cached));
            long elapsed = Duration.ofNanos(System.nanoTime() - written).toMillis();
            assertThat(seen).contains("Changed on the other instance.", "\"version\":2");
            assertThat(elapsed).as("milliseconds until the other instance answered the new description").isLessThan(1000);
            GraphChange change = next.get(5, TimeUnit.SECONDS);
            assertThat(change.revision()).isEqualTo(revision);
            assertThat(change.entityIds()).containsExactly("org:iom");
            assertThat(change.source()).isEqualTo("curation");
            tester.stop().block(Duration.ofSeconds(5));
        }
    }

    private static Map<String, String> settings(TestNeo4j database) {
        Map<String, String> settings = new HashMap<>(database.asExternalDatabase());
        settings.put("migration-graph.rate-limit.enabled", "false");
        settings.putAll(TestKeys.editorOnly());
        return settings;
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }
}
