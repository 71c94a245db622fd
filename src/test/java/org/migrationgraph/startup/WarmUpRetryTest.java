package org.migrationgraph.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.migrationgraph.security.OwnRequests;

/** The warm-up against a real HTTP endpoint: time-outs, answers not ready yet, shutdowns, and rounds until it has settled. */
class WarmUpRetryTest {

    private static final String TIMED_OUT = """
            {"errors":[{"message":"The request took longer than the time allowed.","extensions":{"code":"TIMEOUT"}}]}""";
    private static final String ANSWERED = "{\"data\":{\"entity\":{\"id\":\"state:PHL\"}}}";

    /** What the service knows its own requests by. */
    private static final String OWN = "own-request-token";
    /** Two operations: Broken, then Fine. */
    private static final String BROKEN_AND_FINE = "graphql-test/warm-up-with-a-failure.graphql";

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    /** Requests that asked for a fresh execution, not an answer from the response cache. */
    private final AtomicInteger fresh = new AtomicInteger();
    /** Requests that carried the token by which they spend no rate limit budget. */
    private final AtomicInteger own = new AtomicInteger();

    private int endpointTimingOut(int times) throws IOException {
        return endpoint(exchange -> {
            if ("no-cache".equals(exchange.getRequestHeaders().getFirst("Cache-Control"))) {
                fresh.incrementAndGet();
            }
            if (OWN.equals(exchange.getRequestHeaders().getFirst(OwnRequests.HEADER))) {
                own.incrementAndGet();
            }
            byte[] body = (requests.incrementAndGet() <= times ? TIMED_OUT : ANSWERED).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    /** A loopback /graphql that counts its requests and gives each the same answer; its port. */
    private int endpointAnswering(String answer) throws IOException {
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        return endpoint(exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    /** A loopback /graphql served by {@code handler}; its port. */
    private int endpoint(HttpHandler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/graphql", handler);
        server.start();
        return server.getAddress().getPort();
    }

    /** A warm-up that sends each operation once. */
    private static WarmUp onePass() {
        return new WarmUp(Duration.ZERO, BROKEN_AND_FINE, OWN);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldSendATimedOutOperationOnceMoreAndNotCountItAsFailedWhenItThenAnswers() throws IOException {
        WarmUp.Report report = onePass().run(endpointTimingOut(1), BROKEN_AND_FINE);

        assertThat(report.failures()).isEmpty();
        assertThat(requests).hasValue(3);
    }

    @Test
    void shouldReportAnOperationThatTimesOutTwice() throws IOException {
        WarmUp.Report report = onePass().run(endpointTimingOut(2), BROKEN_AND_FINE);

        assertThat(report.failures()).isEqualTo(List.of("Broken: The request took longer than the time allowed."));
        assertThat(requests).hasValue(3);
    }

    /** The service shuts down while the first operation is on its way: nothing more is sent, and the cut-off answer is no failure. */
    @Test
    void shouldStopAtTheShutdownWithoutCountingTheCutOffOperationAsFailed() throws IOException {
        WarmUp warmUp = onePass();
        int shuttingDown = endpoint(exchange -> {
            requests.incrementAndGet();
            warmUp.stopSending();
            exchange.close();
        });

        WarmUp.Report report = warmUp.run(shuttingDown, BROKEN_AND_FINE);

        assertThat(report.stoppedByShutdown()).isTrue();
        assertThat(report.operations()).containsExactly("Broken");
        assertThat(report.failures()).isEmpty();
        assertThat(requests).hasValue(1);
    }

    /** A connection closed without an answer: the failure names the exception, whose message may be empty. */
    @Test
    void shouldNameTheExceptionOfAnOperationThatGotNoAnswer() throws IOException {
        int closing = endpoint(exchange -> {
            requests.incrementAndGet();
            exchange.close();
        });

        WarmUp.Report report = onePass().run(closing, BROKEN_AND_FINE);

        assertThat(report.failures()).isNotEmpty().allSatisfy(failure -> assertThat(failure).matches("\\w+: java\\.[\\w.]+Exception.*"));
    }

    /** The graph's counts being made is what the Overview operation asked for, not a failure. */
    @Test
    void shouldNotCountAnAnswerNotReadyYetAsFailed() throws IOException {
        int port = endpointAnswering("""
                {"errors":[{"message":"The graph's counts are being made.","extensions":{"code":"NOT_READY","retryAfter":5}}]}""");

        WarmUp.Report report = onePass().run(port, BROKEN_AND_FINE);

        assertThat(report.failures()).isEmpty();
        assertThat(requests).hasValue(2);
    }

    @Test
    void shouldSendEveryOperationAgainForAFreshUnmeteredExecutionUntilTheSettleTimeHasPassedAndReportTheFirstRoundsFailuresOnce() throws IOException {
        int port = endpointTimingOut(2);

        WarmUp.Report report = new WarmUp(Duration.ofMillis(300), BROKEN_AND_FINE, OWN).run(port, BROKEN_AND_FINE);

        assertThat(report.millis()).isGreaterThanOrEqualTo(300);
        assertThat(report.rounds()).isGreaterThan(1);
        assertThat(requests).hasValue(1 + 2 * report.rounds());   // the first round's time-out was sent again
        assertThat(fresh).hasValue(2 * (report.rounds() - 1));   // the later rounds, executed each time
        assertThat(own).hasValue(requests.get());   // none spends a rate limit budget
        assertThat(report.operations()).containsExactly("Broken", "Fine");
        assertThat(report.failures()).containsExactly("Broken: The request took longer than the time allowed.");
        assertThat(report.stoppedByShutdown()).isFalse();
    }

    @Test
    void shouldStopTheRoundsAtTheShutdown() throws IOException {
        WarmUp warmUp = new WarmUp(Duration.ofMinutes(1), BROKEN_AND_FINE, OWN);
        int port = endpoint(exchange -> {
            if (requests.incrementAndGet() == 5) {
                warmUp.stopSending();
            }
            byte[] body = ANSWERED.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });

        WarmUp.Report report = warmUp.run(port, BROKEN_AND_FINE);

        assertThat(report.stoppedByShutdown()).isTrue();
        assertThat(report.rounds()).isEqualTo(3);
        assertThat(requests).hasValue(5);
    }

    /** A service that refuses every operation (a safelist that does not know them, say): the rounds would only repeat the refusals. */
    @Test
    void shouldNotSettleWhenEveryOperationOfTheFirstRoundFailed() throws IOException {
        int port = endpointAnswering("""
                {"errors":[{"message":"This service runs in safelist mode.","extensions":{"code":"OPERATION_NOT_TRUSTED"}}]}""");

        WarmUp.Report report = new WarmUp(Duration.ofMinutes(1), BROKEN_AND_FINE, OWN).run(port, BROKEN_AND_FINE);

        assertThat(report.rounds()).isEqualTo(1);
        assertThat(requests).hasValue(2);
        assertThat(report.failures()).containsExactly("Broken: This service runs in safelist mode.", "Fine: This service runs in safelist mode.");
    }
}
