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
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.migrationgraph.security.OwnRequests;
import org.migrationgraph.support.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the operations of {@code graphql-warm-up/warm-up.graphql} (or of the file that
 * {@code migration-graph.warm-up.operations} names) to the service's own /graphql over loopback,
 * on a background thread once the service is ready, so the first user does not wait for class
 * loading, JIT and Cypher planning (1.2 s for the first query on 2 cores, 0.08 s after). In the
 * background because it takes 10 to 15 s on 2 cores (docs/benchmarks.md, "The explorer's first
 * requests"), which would otherwise add to every start; until it is done the readiness probe
 * says OUT_OF_SERVICE ({@link WarmUpHealthIndicator}), so a load balancer sends its users
 * elsewhere meanwhile. A failing operation is logged and skipped: warming up never stops the
 * service, and a shutdown stops the warm-up.
 *
 * <p>One pass plans every statement but does not settle the JIT, which takes tens of seconds of
 * load. {@code migration-graph.warm-up.settle} sends the operations again, round after round,
 * until that much time has passed since the warm-up began: with 30 s, the seed's first 10 s of
 * load at 16 connections served 2.1 to 3.4 times the requests, and at a million entities, with
 * an operator's own operations ({@code migration-graph.warm-up.operations}), a shortest path's
 * median in its first seconds went from 14.5-18.7 ms to 7.8-9.0 ms (docs/benchmarks.md, "A new
 * instance's first seconds").
 */
@Component
@ConditionalOnBooleanProperty(name = "migration-graph.warm-up.enabled", matchIfMissing = true)
class WarmUp implements ApplicationListener<ApplicationReadyEvent> {

    static final String OPERATIONS = "graphql-warm-up/warm-up.graphql";
    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
    /** One operation: from its "query Name" line to the next; each is sent alone, as a client would. */
    private static final Pattern OPERATION = Pattern.compile("(?ms)^query (\\w+).*?(?=^query |\\z)");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Class path resources by default, {@code file:} URLs too. */
    private static final ResourceLoader RESOURCES = new DefaultResourceLoader();

    /**
     * What the warm-up did: operations sent, those that failed and why, how long it took, whether
     * the service's shutdown stopped it before the last, and how many rounds it sent.
     */
    record Report(List<String> operations, List<String> failures, long millis, boolean stoppedByShutdown, int rounds) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final CompletableFuture<Report> report = new CompletableFuture<>();
    /** How long the operations are sent again, round after round, counted from the warm-up's start. */
    private final Duration settle;
    /** Where the operations are: the explorer's first requests by default, or an operator's own. */
    private final String location;
    /**
     * Sent with every operation: the service's own requests pass where it is locked down (a key
     * for reads, the safelist) and spend no client's rate limit budget.
     */
    private final String ownRequest;
    /**
     * Set when the service starts to shut down: the warm-up sends nothing more, and what fails from
     * then on is the server closing, not an operation ("Paths: java.net.ConnectException" was
     * logged for half the operations of an instance stopped in its first seconds).
     */
    private volatile boolean closing;

    /**
     * {@code location} is read once here, so a deployment whose own operations file is missing
     * or holds no operation fails to start with a message saying so, instead of warming nothing.
     */
    @Autowired
    WarmUp(@Value("${migration-graph.warm-up.settle:0s}") Duration settle,
           @Value("${migration-graph.warm-up.operations:" + OPERATIONS + "}") String location, OwnRequests own) {
        this(settle, location, own.token());
    }

    WarmUp(Duration settle, String location, String ownRequest) {
        this.settle = settle;
        this.location = location;
        this.ownRequest = ownRequest;
        operations(location);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
        if (port == null) {   // no web server: nothing to warm, and nothing to hold readiness for
            report.complete(new Report(List.of(), List.of(), 0, false, 0));
            return;
        }
        Thread thread = new Thread(() -> {
            Report done = runOrReport(Integer.parseInt(port));
            if (done.stoppedByShutdown()) {
                log.info("Warm-up: stopped by the shutdown after {} operations in {} ms", done.operations().size(), done.millis());
            } else {
                log.info("Warm-up: {} operations in {} ms{}{}", done.operations().size(), done.millis(),
                        done.rounds() > 1 ? " (" + done.rounds() + " rounds)" : "",
                        done.failures().isEmpty() ? "" : "; failed: " + done.failures());
            }
            report.complete(done);
        }, "warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The warm-up, or what stopped it: readiness waits for a report, so an unforeseen failure
     * (the operations file removed since the start, say) must end in one too.
     */
    Report runOrReport(int port) {
        try {
            return run(port, location);
        } catch (RuntimeException e) {
            return new Report(List.of(), List.of("the warm-up: " + e), 0, false, 0);
        }
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

    /**
     * Sends each operation once, then, until {@code settle} has passed since the start, again
     * round after round, unless every operation failed: those rounds would only repeat the
     * refusals, as fast as they come. Failures are those of the first round: a later one repeats
     * them. The first round's answers are kept by the response cache, as a user's would be (the
     * explorer's first page then comes from it); the later rounds ask for a fresh execution,
     * which is what they are for.
     */
    Report run(int port, String location) {
        long start = System.nanoTime();
        URI endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
        Map<String, String> operations = operations(location);
        List<String> sent = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        boolean finished = round(endpoint, operations, false, sent::add, failures::add);
        int rounds = 1;
        boolean anyAnswered = failures.size() < operations.size();
        while (finished && anyAnswered && Duration.ofNanos(System.nanoTime() - start).compareTo(settle) < 0) {
            finished = round(endpoint, operations, true, name -> { }, failure -> { });
            rounds++;
        }
        return new Report(List.copyOf(sent), List.copyOf(failures), millisSince(start), !finished, rounds);
    }

    /**
     * Sends each operation once ({@code fresh}: executed, not from the response cache), telling
     * {@code sent} and {@code failed}; false if the shutdown stopped it.
     */
    private boolean round(URI endpoint, Map<String, String> operations, boolean fresh, Consumer<String> sent, Consumer<String> failed) {
        for (Map.Entry<String, String> operation : operations.entrySet()) {
            if (closing) {
                return false;
            }
            sent.accept(operation.getKey());
            Optional<String> failure = send(endpoint, operation.getKey(), operation.getValue(), fresh);
            if (failure.isPresent() && closing) {   // the server closing, not the operation
                return false;
            }
            failure.ifPresent(failed);
        }
        return true;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /**
     * Sends one operation; one that timed out is sent once more. A cold JVM on a busy machine
     * can pass the read limit while it first compiles a query, and that compile is the warm-up's
     * work done: only a second time-out, or any other error, is a failure. NOT_READY is none
     * either: the graph's counts are being made, which the operation asked for.
     */
    private Optional<String> send(URI endpoint, String name, String text, boolean fresh) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header(OwnRequests.HEADER, ownRequest)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", text))));
            HttpRequest request = (fresh ? builder.header("Cache-Control", "no-cache") : builder).build();
            var errors = errors(request);
            if (ErrorCode.TIMEOUT.name().equals(code(errors))) {
                errors = errors(request);
            }
            return errors.isEmpty() || ErrorCode.NOT_READY.name().equals(code(errors)) ? Optional.empty()
                    : Optional.of(name + ": " + errors.get(0).path("message").asString());
        } catch (IOException | RuntimeException e) {
            // The exception's class too: some carry no message ("Lists: null" said nothing of what failed).
            return Optional.of(name + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(name + ": interrupted");
        }
    }

    private static String code(JsonNode errors) {
        JsonNode code = errors.path(0).path("extensions").path("code");
        return code.isString() ? code.stringValue() : "";
    }

    private JsonNode errors(HttpRequest request) throws IOException, InterruptedException {
        return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body()).path("errors");
    }

    /** The named operations at {@code location} (a class path resource, or a {@code file:} URL), in their order. */
    static Map<String, String> operations(String location) {
        Map<String, String> operations = new LinkedHashMap<>();
        Matcher matcher = OPERATION.matcher(read(location));
        while (matcher.find()) {
            operations.put(matcher.group(1), matcher.group());
        }
        if (operations.isEmpty()) {
            throw new WarmUpOperationsException("The warm-up operations " + location + " hold no named query.", null);
        }
        return operations;
    }

    private static String read(String location) {
        try {
            return RESOURCES.getResource(location).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WarmUpOperationsException("The warm-up operations " + location + " cannot be read: " + e.getMessage(), e);
        }
    }
}
