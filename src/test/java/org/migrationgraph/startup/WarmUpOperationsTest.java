package org.migrationgraph.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator's own warm-up operations: read from a file, and refused at start when there are none to send. */
class WarmUpOperationsTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadTheNamedOperationsOfAFileInTheirOrder() throws IOException {
        Path file = Files.writeString(dir.resolve("warm-up.graphql"), """
                # a dashboard's questions
                query Lookup { entity(id: "state:PHL") { name } }
                query Path { shortestPath(from: "state:PHL", to: "org:iom") { length } }
                """);

        assertThat(WarmUp.operations("file:" + file)).containsOnlyKeys("Lookup", "Path")
                .hasEntrySatisfying("Path", text -> assertThat(text).startsWith("query Path {").contains("org:iom"));
    }

    @Test
    void shouldRefuseAFileWithoutANamedQuery() throws IOException {
        Path file = Files.writeString(dir.resolve("anonymous.graphql"), "{ entity(id: \"state:PHL\") { name } }\n");

        assertThatThrownBy(() -> new WarmUp(Duration.ZERO, "file:" + file, "own")).isInstanceOf(WarmUpOperationsException.class)
                .hasMessage("The warm-up operations file:" + file + " hold no named query.");
    }

    @Test
    void shouldRefuseAFileThatIsNotThere() {
        Path missing = dir.resolve("missing.graphql");

        assertThatThrownBy(() -> new WarmUp(Duration.ZERO, "file:" + missing, "own")).isInstanceOf(WarmUpOperationsException.class)
                .hasMessageStartingWith("The warm-up operations file:" + missing + " cannot be read: ");
    }

    /** Readiness waits for a report, so a warm-up that cannot run must still end in one. */
    @Test
    void shouldReportAFileRemovedSinceTheStartAsTheWarmUpsFailure() throws IOException {
        Path file = Files.writeString(dir.resolve("warm-up.graphql"), "query Lookup { entity(id: \"state:PHL\") { name } }\n");
        WarmUp warmUp = new WarmUp(Duration.ZERO, "file:" + file, "own");
        Files.delete(file);

        WarmUp.Report report = warmUp.runOrReport(1);

        assertThat(report.failures()).singleElement().asString()
                .startsWith("the warm-up: ").contains("The warm-up operations file:" + file + " cannot be read");
    }
}
