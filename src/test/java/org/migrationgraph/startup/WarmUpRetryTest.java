package org.migrationgraph.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The warm-up against a real HTTP endpoint that answers with a time-out a given number of times. */
class WarmUpRetryTest {

    private static final String TIMED_OUT = """
            {"errors":[{"message":"The request took longer than the time allowed.","extensions":{"code":"TIMEOUT"}}]}""";
    private static final String ANSWERED = "{\"data\":{\"entity\":{\"id\":\"state:PHL\"}}}";

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    private int endpointTimingOut(int times) throws IOException {
        return endpoint(exchange -> {
            byte[] body = (requests.incrementAndGet() <= times ? TIMED_OUT : ANSWERED).getBytes(StandardCharsets.UTF_8);
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

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldSendATimedOutOperationOnceMoreAndNotCountItAsFailedWhenItThenAnswers() throws IOException {
        WarmUp.Report report = new WarmUp().run(endpointTimingOut(1), "graphql-test/warm-up-with-a-failure.graphql");

        assertThat(report.failures()).isEmpty();
        assertThat(requests).hasValue(3);
    }

    @Test
    void shouldReportAnOperationThatTimesOutTwice() throws IOException {
        WarmUp.Report report = new WarmUp().run(endpointTimingOut(2), "graphql-test/warm-up-with-a-failure.graphql");

        assertThat(report.failures()).isEqualTo(List.of("Broken: The request took longer than the time allowed."));
        assertThat(requests).hasValue(3);
    }

    /** The service shuts down while the first operation is on its way: nothing more is sent, and the cut-off answer is no failure. */
    @Test
    void shouldStopAtTheShutdownWithoutCountingTheCutOffOperationAsFailed() throws IOException {
        WarmUp warmUp = new WarmUp();
        int shuttingDown = endpoint(exchange -> {
            requests.incrementAndGet();
            warmUp.stopSending();
            exchange.close();
        });

        WarmUp.Report report = warmUp.run(shuttingDown, "graphql-test/warm-up-with-a-failure.graphql");

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

        WarmUp.Report report = new WarmUp().run(closing, "graphql-test/warm-up-with-a-failure.graphql");

        assertThat(report.failures()).isNotEmpty().allSatisfy(failure -> assertThat(failure).matches("\\w+: java\\.[\\w.]+Exception.*"));
    }
}
