package org.migrationgraph.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.migrationgraph.MigrationGraphApplication;

/**
 * The real application in a JVM of its own, for tests that kill it: its log lines are kept, and
 * {@link #kill()} is SIGKILL, with no shutdown hook and no checkpoint.
 */
public final class ChildApp implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    public final int httpPort;
    public final int boltPort;

    private ChildApp(Process process, int httpPort, int boltPort) {
        this.process = process;
        this.httpPort = httpPort;
        this.boltPort = boltPort;
        Thread reader = new Thread(this::readLog, "child-app-log");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the application on {@code home}, on the given ports (0 picks free ones). */
    public static ChildApp start(Path home, int httpPort, int boltPort) throws IOException {
        int http = httpPort == 0 ? freePort() : httpPort;
        int bolt = boltPort == 0 ? freePort() : boltPort;
        // C1 only and the serial collector: a child lives for seconds, and on two cores the full
        // JIT and G1's threads slowed each of its starts more than they helped.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), MigrationGraphApplication.class.getName(),
                "--server.port=" + http, "--migration-graph.embedded.bolt-port=" + bolt,
                "--migration-graph.embedded.data-dir=" + home, "--migration-graph.rate-limit.enabled=false",
                // Its background requests would only compete with the test's own (WarmUpIT covers it).
                "--migration-graph.warm-up.enabled=false"));
        TestNeo4j.LEAN.forEach((key, value) -> command.add("--migration-graph.embedded.config." + key + "=" + value));
        return new ChildApp(new ProcessBuilder(command).redirectErrorStream(true).start(), http, bolt);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void readLog() {
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    /** Waits for a log line containing {@code text}. */
    public void awaitLog(String text, Duration atMost) {
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(20))
                .until(() -> lines.stream().anyMatch(line -> line.contains(text)) || !process.isAlive());
        if (lines.stream().noneMatch(line -> line.contains(text))) {
            throw new AssertionError("The application ended before logging '" + text + "':\n" + String.join("\n", lines));
        }
    }

    public List<String> log() {
        return List.copyOf(lines);
    }

    /** SIGKILL, and waits for the process to be gone. */
    public int kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("The killed application did not end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new IOException(e));
            }
        }
    }
}
