package org.migrationgraph.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.migrationgraph.support.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the operations of {@code graphql-warm-up/warm-up.graphql} to the service's own
 * /graphql over loopback, on a background thread once the service is ready, so the first user
 * does not wait for class loading, JIT and Cypher planning (1.2 s for the first query on 2 cores,
 * 0.08 s after). In the background because it takes 10 to 15 s on 2 cores (docs/benchmarks.md,
 * "The explorer's first requests"), which would otherwise add to every start. A failing
 * operation is logged and skipped: warming up never stops the service, and a shutdown stops the
 * warm-up.
 */
@Component
@ConditionalOnBooleanProperty(name = "migration-graph.warm-up.enabled", matchIfMissing = true)
class WarmUp implements ApplicationListener<ApplicationReadyEvent> {

    static final String OPERATIONS = "graphql-warm-up/warm-up.graphql";
    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
    /** One operation: from its "query Name" line to the next; each is sent alone, as a client would. */
    private static final Pattern OPERATION = Pattern.compile("(?ms)^query (\\w+).*?(?=^query |\\z)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * What the warm-up did: operations sent, those that failed and why, how long it took, and
     * whether the service's shutdown stopped it before the last.
     */
    record Report(List<String> operations, List<String> failures, long millis, boolean stoppedByShutdown) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final CompletableFuture<Report> report = new CompletableFuture<>();
    /**
     * Set when the service starts to shut down: the warm-up sends nothing more, and what fails from
     * then on is the server closing, not an operation ("Paths: java.net.ConnectException" was
     * logged for half the operations of an instance stopped in its first seconds).
     */
    private volatile boolean closing;

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
        if (port == null) {
            return;
        }
        Thread thread = new Thread(() -> {
            Report done = run(Integer.parseInt(port), OPERATIONS);
            if (done.stoppedByShutdown()) {
                log.info("Warm-up: stopped by the shutdown after {} operations in {} ms", done.operations().size(), done.millis());
            } else {
                log.info("Warm-up: {} operations in {} ms{}", done.operations().size(), done.millis(),
                        done.failures().isEmpty() ? "" : "; failed: " + done.failures());
            }
            report.complete(done);
        }, "warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** The start-up warm-up's report, once it has finished. */
    CompletableFuture<Report> report() {
        return report;
    }

    /** The service is shutting down: send nothing more. */
    @EventListener(ContextClosedEvent.class)
    void stopSending() {
        closing = true;
    }

    Report run(int port, String resource) {
        long start = System.nanoTime();
        URI endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
        List<String> sent = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> operation : operations(read(resource)).entrySet()) {
            if (closing) {
                return new Report(List.copyOf(sent), failures, millisSince(start), true);
            }
            sent.add(operation.getKey());
            Optional<String> failure = send(endpoint, operation.getKey(), operation.getValue());
            if (failure.isPresent() && closing) {   // the server closing, not the operation
                return new Report(List.copyOf(sent), failures, millisSince(start), true);
            }
            failure.ifPresent(failures::add);
        }
        return new Report(List.copyOf(sent), failures, millisSince(start), false);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /**
     * Sends one operation; one that timed out is sent once more. A cold JVM on a busy machine
     * can pass the read limit while it first compiles a query, and that compile is the warm-up's
     * work done: only a second time-out, or any other error, is a failure.
     */
    private Optional<String> send(URI endpoint, String name, String text) {
        try {
            HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", text)))).build();
            var errors = errors(request);
            if (!errors.isEmpty() && ErrorCode.TIMEOUT.name().equals(errors.get(0).path("extensions").path("code").asString())) {
                errors = errors(request);
            }
            return errors.isEmpty() ? Optional.empty()
                    : Optional.of(name + ": " + errors.get(0).path("message").asString());
        } catch (IOException | RuntimeException e) {
            // The exception's class too: some carry no message ("Lists: null" said nothing of what failed).
            return Optional.of(name + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(name + ": interrupted");
        }
    }

    private JsonNode errors(HttpRequest request) throws IOException, InterruptedException {
        return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body()).path("errors");
    }

    private static Map<String, String> operations(String document) {
        Map<String, String> operations = new LinkedHashMap<>();
        Matcher matcher = OPERATION.matcher(document);
        while (matcher.find()) {
            operations.put(matcher.group(1), matcher.group());
        }
        return operations;
    }

    private static String read(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("The warm-up operations " + resource + " are missing from the build", e);
        }
    }
}
