package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs the graphql-http audit suite (npm package graphql-http, pinned in src/test/http-audit)
 * against the running service. Node and npm are needed: without them the test is skipped with
 * a message, except on CI (CI=true), where it fails.
 */
class GraphQlHttpAuditIT extends GraphIntegrationTest {

    private static final Path AUDIT = Path.of("src", "test", "http-audit");

    @LocalServerPort
    int port;

    @Test
    void shouldPassEveryMustAuditOfTheGraphQlOverHttpSpec() throws Exception {
        boolean onCi = "true".equals(System.getenv("CI"));
        boolean hasNode = run(List.of("node", "--version"), 30).exitCode() == 0;
        if (!onCi) {
            assumeTrue(hasNode, "Node.js is not installed: install node and npm to run the graphql-http audit.");
        }
        assertThat(hasNode).as("CI needs Node.js and npm for the graphql-http audit").isTrue();
        if (!Files.isDirectory(AUDIT.resolve("node_modules/graphql-http"))) {
            Result install = run(List.of("npm", "install", "--no-package-lock", "--no-audit", "--no-fund"), 300);
            assertThat(install.exitCode()).as("npm install in %s:%n%s", AUDIT, install.output()).isZero();
        }
        Result audit = run(List.of("node", "audit.mjs", "http://127.0.0.1:" + port + "/graphql"), 120);
        assertThat(audit.output()).contains("0 MUST failures");
        assertThat(audit.exitCode()).as(audit.output()).isZero();
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, int seconds) throws InterruptedException {
        try {
            // Output goes to a file: a pipe read only after waitFor could fill up and block the child.
            Path log = Files.createTempFile("http-audit", ".log");
            Process process = new ProcessBuilder(command).directory(AUDIT.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            boolean done = process.waitFor(seconds, TimeUnit.SECONDS);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (!done) {
                process.destroyForcibly();
                return new Result(-1, output + "\n(timed out after " + seconds + " s)");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        }
    }
}
