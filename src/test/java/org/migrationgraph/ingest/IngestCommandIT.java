package org.migrationgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.migrationgraph.MigrationGraphApplication;
import org.migrationgraph.testsupport.TestDirectories;

/** The command-line twin of ingestDocument, run as a user would, against an embedded database of its own. */
class IngestCommandIT {

    private static final Path HOME = TestDirectories.fresh("ingest-command");

    private static Result run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of(args), java.util.stream.Stream.of(
                "--migration-graph.embedded.data-dir=" + HOME, "--migration-graph.embedded.bolt-port=0",
                "--migration-graph.embedded.config.server.memory.pagecache.size=64m")).toArray(String[]::new);
        int code = IngestCommand.run(MigrationGraphApplication.class, all, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Result(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Result(int code, String out) {
    }

    @Test
    void shouldIngestATextFileAndProposeNothingNewTheSecondTime() throws IOException {
        Path file = Files.createTempFile(HOME.getParent(), "note", ".txt");
        Files.writeString(file, "Summary of the Ninth Annual Meeting of the United Nations Network on Migration\n\n"
                + "Delegates representing the following countries took the floor: Ecuador and Germany.\n");

        Result first = run("--ingest-document=" + file, "--title=Ninth Annual Meeting", "--date=2027-12-16", "--id=doc:cli-test");
        assertThat(first.code()).as(first.out()).isZero();
        assertThat(first.out()).contains("doc:cli-test added: 2 paragraphs").containsPattern("\\d+ proposals \\(\\d+ new;");

        Result again = run("--ingest-document=" + file, "--title=Ninth Annual Meeting", "--date=2027-12-16", "--id=doc:cli-test");
        assertThat(again.code()).as(again.out()).isZero();
        assertThat(again.out()).contains("doc:cli-test already stored").contains("(0 new;");
    }

    @Test
    void shouldSayWhatIsMissingWithoutStartingAnything() {
        Result noTitle = run("--ingest-document=" + HOME.resolve("missing.txt"));
        assertThat(noTitle.code()).isEqualTo(1);
        assertThat(noTitle.out()).contains("Give the document's title");
        Result noFile = run("--ingest-document=" + HOME.resolve("missing.txt"), "--title=T");
        assertThat(noFile.code()).isEqualTo(1);
        assertThat(noFile.out()).contains("No such file");
    }

    @Test
    void shouldPrintTheEvaluationAgainstTheSeed() {
        Result evaluation = run("--evaluate-ingestion");
        assertThat(evaluation.code()).isZero();
        assertThat(evaluation.out()).contains("doc:network-briefing-2019-12-12", "doc:dsg-remarks-2020-12-16", "total", "reading time");
    }
}
