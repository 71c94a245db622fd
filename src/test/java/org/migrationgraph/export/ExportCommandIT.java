package org.migrationgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.migrationgraph.MigrationGraphApplication;
import org.migrationgraph.testsupport.TestDirectories;

/** {@code --export} run as a user would, against an embedded database of its own loaded from the seed. */
class ExportCommandIT {

    private static final Path HOME = TestDirectories.fresh("export-command");

    private static Result run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] all = Stream.concat(Stream.of(args), Stream.of("--migration-graph.embedded.data-dir=" + HOME,
                "--migration-graph.embedded.bolt-port=0", "--migration-graph.embedded.config.server.memory.pagecache.size=64m"))
                .toArray(String[]::new);
        int code = ExportCommand.run(MigrationGraphApplication.class, all, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Result(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Result(int code, String out) {
    }

    @Test
    void shouldWriteTheExportToTheFileAndSayWhatItHolds() throws IOException {
        Path out = HOME.getParent().resolve("cli-nodes.csv");

        Result done = run("--export=nodes.csv", "--out=" + out, "--kind=MemberState");

        assertThat(done.code()).as(done.out()).isZero();
        assertThat(done.out()).contains("Wrote " + out.toAbsolutePath()).contains("{kind=MemberState}");
        try (Stream<String> lines = Files.lines(out)) {
            assertThat(lines.skip(1).filter(l -> l.startsWith("state:")).count()).isEqualTo(193);
        }
    }

    @Test
    void shouldRefuseBadInputWithExitCodeOneAndAFix() {
        Result unknown = run("--export=graph.xlsx", "--out=x");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.out()).contains("graph.graphml");
        assertThat(run("--export=graph.graphml").out()).contains("--out=PATH");
        Result badKind = run("--export=nodes.csv", "--out=" + HOME.getParent().resolve("never.csv"), "--kind=Nation");
        assertThat(badKind.code()).as(badKind.out()).isEqualTo(1);
        assertThat(badKind.out()).contains("Nation");
    }
}
