package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every input the fuzzer kept (GraphQlFuzzIT's corpus, one file each) sent again to the shared
 * service in every build: still no 5xx and no INTERNAL_ERROR. Without Jazzer's agent, so it costs
 * no JVM of its own; its bug detectors run when fuzzing.
 */
class GraphQlFuzzCorpusIT extends GraphIntegrationTest {

    private static final Path CORPUS = Path.of("src/test/resources/org/migrationgraph/web/GraphQlFuzzITInputs/anyRequest");

    @LocalServerPort
    int port;

    static List<Path> corpus() throws IOException {
        try (var files = Files.list(CORPUS)) {
            List<Path> inputs = files.sorted().toList();
            assertThat(inputs).as("the fuzz corpus in " + CORPUS).isNotEmpty();
            return inputs;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void shouldAnswerEveryKeptFuzzInputWithoutAServerError(Path input) throws Exception {
        FuzzRequests.assertAnsweredWithoutServerError(port, Files.readAllBytes(input));
    }
}
