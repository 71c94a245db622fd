package org.migrationgraph.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationgraph.seed.SeedService;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

/** A dashboard subscribed over WebSocket hears which entities' relations a seed load changed. */
class GraphChangedIT extends GraphIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    SeedService seeds;

    @Autowired
    GraphChanges changes;

    @Test
    void shouldReportTheEntitiesWhoseRelationsChangedWhenTheSeedIsReloaded(@TempDir Path copy) throws Exception {
        copySeedWithout(copy, "{from: state:GBR, type: TOOK_THE_FLOOR_AT");
        var tester = WebSocketGraphQlTester.builder("ws://127.0.0.1:" + port + "/graphql", new StandardWebSocketClient()).build();
        var next = tester.document("subscription { graphChanged { entityIds relationIds source revision at } }").executeSubscription()
                .toFlux("graphChanged", GraphChange.class).next().toFuture();
        try {
            for (int i = 0; i < 100 && changes.subscribers() == 0; i++) {
                Thread.sleep(50);
            }
            assertThat(changes.subscribers()).as("the subscription reached the server").isPositive();
            seeds.apply("file:" + copy + "/", false);
            GraphChange change = next.get(10, TimeUnit.SECONDS);
            assertThat(change.entityIds()).containsExactly("meeting:2019-12-12-member-state-briefing", "state:GBR");
            assertThat(change.source()).isEqualTo("seed-load");
            assertThat(change.at()).isNotBlank();
            assertThat(change.revision()).isPositive();
            assertThat(change.relationIds()).isEmpty();
        } finally {
            seeds.apply("file:graph-seed/", false);
            tester.stop().block(Duration.ofSeconds(5));
        }
        assertThat(cypher("MATCH (:Entity {id: 'state:GBR'})-[r:TOOK_THE_FLOOR_AT]->() RETURN count(r) AS n").get(0).get("n")).isEqualTo(1L);
    }

    private static void copySeedWithout(Path target, String linePrefix) throws Exception {
        Path source = Path.of("graph-seed");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path destination = target.resolve(source.relativize(file).toString());
                Files.createDirectories(destination.getParent());
                Files.write(destination, Files.readAllLines(file).stream().filter(l -> !l.strip().startsWith("- " + linePrefix)).toList());
            }
        }
    }
}
