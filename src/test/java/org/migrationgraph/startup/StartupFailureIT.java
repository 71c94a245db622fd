package org.migrationgraph.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationgraph.testsupport.AppRunner;
import org.migrationgraph.testsupport.TestDirectories;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Each failure a user can fix ends start-up with what failed and what to do, and no stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureIT {

    private static void assertCleanReport(CapturedOutput output, String description, String action) {
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
                .contains(description)
                .contains(action)
                .doesNotContain("\tat ")
                .doesNotContain("Caused by:");
    }

    @Test
    void shouldExplainABoltPortInUse(CapturedOutput output) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> AppRunner.run(Map.of(
                    "migration-graph.embedded.data-dir", TestDirectories.fresh("fail-port").toString(),
                    "migration-graph.embedded.bolt-port", String.valueOf(port))));
            assertCleanReport(output, "Bolt port " + port + " on 127.0.0.1 is already in use.",
                    "set migration-graph.embedded.bolt-port to a free port (0 picks one)");
        }
    }

    @Test
    void shouldExplainADataDirectoryThatCannotBeWritten(CapturedOutput output) throws Exception {
        Path file = Files.createFile(TestDirectories.fresh("fail-dir").resolve("not-a-directory"));
        assertThatThrownBy(() -> AppRunner.run(Map.of("migration-graph.embedded.data-dir", file.resolve("data").toString())));
        assertCleanReport(output, "The Neo4j data directory " + file.resolve("data") + " cannot be written",
                "Point migration-graph.embedded.data-dir at a writable directory");
    }

    @Test
    void shouldExplainAnUnreachableExternalNeo4j(CapturedOutput output) throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = probe.getLocalPort();
        }
        assertThatThrownBy(() -> AppRunner.run(Map.of("spring.neo4j.uri", "bolt://127.0.0.1:" + closedPort)));
        assertCleanReport(output, "Neo4j at bolt://127.0.0.1:" + closedPort + " cannot be reached",
                "Start that Neo4j, or fix spring.neo4j.uri; unset it to use the embedded database.");
    }

    @Test
    void shouldListEveryProblemOfAnInvalidSeedAndWriteNothing(CapturedOutput output) throws Exception {
        Path seed = TestDirectories.fresh("fail-seed");
        Files.writeString(seed.resolve("bad.yaml"), """
                entities:
                  - {id: x:y, kind: Nope, name: Y}
                  - {id: x:y, kind: Nope, name: Y again}
                """);
        assertThatThrownBy(() -> AppRunner.run(Map.of(
                "migration-graph.embedded.data-dir", TestDirectories.fresh("fail-seed-data").toString(),
                "migration-graph.embedded.bolt-port", "0",
                "migration-graph.seed.location", "file:" + seed + "/")));
        assertCleanReport(output, "bad.yaml:2: unknown kind 'Nope' on x:y", "--validate-seed");
        assertThat(output.getOut()).contains("bad.yaml:3: duplicate id 'x:y'").contains("Nothing was written");
    }

    @Test
    void shouldExplainWarmUpOperationsThatCannotBeRead(CapturedOutput output) throws Exception {
        Path missing = TestDirectories.fresh("fail-warm-up").resolve("warm-up.graphql");
        assertThatThrownBy(() -> AppRunner.run(Map.of(
                "migration-graph.embedded.data-dir", TestDirectories.fresh("fail-warm-up-data").toString(),
                "migration-graph.embedded.bolt-port", "0",
                "migration-graph.warm-up.enabled", "true",
                "migration-graph.warm-up.operations", "file:" + missing)));
        assertCleanReport(output, "The warm-up operations file:" + missing + " cannot be read",
                "Give migration-graph.warm-up.operations a readable file of named queries");
    }
}
