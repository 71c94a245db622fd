package org.migrationgraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedCheckCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String... args) {
        return SeedCheckCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @Test
    void shouldExitZeroAndSummariseAValidSeed() {
        assertThat(run("--validate-seed")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Seed at file:graph-seed/ is valid:");
    }

    @Test
    void shouldExitOneAndListProblemsOfAnInvalidSeed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "entities:\n  - {id: x:y, kind: Nope, name: Y}\n");
        assertThat(run("--validate-seed=" + dir)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("bad.yaml:2: unknown kind 'Nope' on x:y");
    }

    @Test
    void shouldRecogniseTheFlagOnlyWhenGiven() {
        assertThat(SeedCheckCommand.isRequested(new String[] {"--validate-seed=dir"})).isTrue();
        assertThat(SeedCheckCommand.isRequested(new String[] {"--server.port=0"})).isFalse();
    }
}
