package org.migrationgraph.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.migrationgraph.testsupport.AppRunner;
import org.migrationgraph.testsupport.ChildApp;
import org.migrationgraph.testsupport.GraphQlOverHttp;
import org.migrationgraph.testsupport.TestDirectories;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * kill -9 in the middle of work loses nothing committed and leaves nothing half-written: after
 * a restart on the same data directory the counts equal a clean load and every constraint is
 * still there (the "Faults"; audit 6b did it by hand for the seed load).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KillDuringWorkIT {

    private static final Duration START = Duration.ofSeconds(90);
    private static final String COUNTS = "{ stats { entities relations } }";

    /** What a clean load gives: the counts over GraphQL and the constraints' names. */
    private record CleanLoad(String counts, List<String> constraints) {
    }

    /** A start in a JVM of its own costs about 20 s, so the first test's clean start serves the second as reference. */
    private static CleanLoad clean;

    private static CleanLoad measure(ChildApp app, Path home) throws Exception {
        clean = new CleanLoad(GraphQlOverHttp.post(app.httpPort, COUNTS, Map.of()), constraints(home, app.boltPort));
        return clean;
    }

    @Test
    @Order(1)
    void shouldRecoverToACleanLoadAfterAKillDuringABurstOfReads() throws Exception {
        Path home = TestDirectories.fresh("kill-reads");
        CleanLoad reference;
        try (ChildApp app = ChildApp.start(home, 0, 0)) {
            app.awaitLog("migration-graph ready", START);
            reference = measure(app, home);
            AtomicInteger answered = new AtomicInteger();
            ExecutorService burst = Executors.newFixedThreadPool(8);
            for (int i = 0; i < 8; i++) {
                burst.submit(() -> readUntilRefused(app.httpPort, answered));
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> answered.get() >= 50);
            assertThat(app.kill()).isEqualTo(137);
            burst.shutdownNow();
        }

        assertRecoveredTo(home, reference);
    }

    @Test
    @Order(2)
    void shouldRecoverToACleanLoadAfterAKillDuringTheSeedLoad() throws Exception {
        CleanLoad reference = clean;
        if (reference == null) { // run alone
            Path fresh = TestDirectories.fresh("kill-seed-reference");
            try (ChildApp app = ChildApp.start(fresh, 0, 0)) {
                app.awaitLog("migration-graph ready", START);
                reference = measure(app, fresh);
            }
        }

        Path home = TestDirectories.fresh("kill-seed");
        try (ChildApp app = ChildApp.start(home, 0, 0)) {
            // The seed is written right after the last schema migration, in one transaction of a few seconds.
            app.awaitLog("Applied schema migration V" + lastMigration() + " ", START);
            assertThat(app.kill()).isEqualTo(137);
            assertThat(app.log()).noneMatch(line -> line.contains("seed loaded"));
        }

        assertRecoveredTo(home, reference);
    }

    private static int lastMigration() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/neo4j/migrations"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("V"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
    }

    private static void readUntilRefused(int port, AtomicInteger answered) {
        List<String> reads = List.of("{ search(query: \"migration\", first: 20) { edges { node { id name } } } }",
                "{ network(limit: 300) { nodes { id } edges { id } } }",
                "{ entity(id: \"state:PHL\") { relations(first: 50) { edges { node { id } } } } }");
        for (int i = 0; !Thread.currentThread().isInterrupted(); i++) {
            try {
                GraphQlOverHttp.post(port, reads.get(i % reads.size()), Map.of());
                answered.incrementAndGet();
            } catch (Exception e) {
                return; // the service is gone
            }
        }
    }

    /**
     * The restart runs in this JVM: only the killed run needs a process of its own, and a start
     * here, warm, takes a few seconds where a new JVM's took about 20. Recovery is the database's
     * own, the same in either.
     */
    private static void assertRecoveredTo(Path home, CleanLoad reference) throws Exception {
        try (var restarted = AppRunner.run(Map.of("migration-graph.embedded.data-dir", home.toString(),
                "migration-graph.embedded.bolt-port", "0", "migration-graph.rate-limit.enabled", "false"))) {
            assertThat(GraphQlOverHttp.post(restarted, COUNTS)).isEqualTo(reference.counts());
            assertThat(constraints(restarted.getBean(Driver.class))).isEqualTo(reference.constraints()).isNotEmpty();
        }
    }

    private static List<String> constraints(Path home, int boltPort) throws Exception {
        String password = Files.readString(home.resolve("bolt-password")).trim();
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.basic("neo4j", password))) {
            return constraints(driver);
        }
    }

    private static List<String> constraints(Driver driver) {
        try (var session = driver.session()) {
            return new ArrayList<>(session.run("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name")
                    .list(record -> record.get("name").asString()));
        }
    }
}
