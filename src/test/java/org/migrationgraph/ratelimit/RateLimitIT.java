package org.migrationgraph.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.migrationgraph.security.OwnRequests;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.migrationgraph.testsupport.GraphQlOverHttp;
import org.migrationgraph.testsupport.TestKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

/**
 * A client that spends its query budget waits: the limited test key has 60 points a minute, and
 * one query of 100 points overdraws it. Other clients go on unaffected.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RateLimitIT extends GraphIntegrationTest {

    private static final String EXPENSIVE = "{ entities(first: 100) { nodes { id } } }";

    @LocalServerPort
    int port;

    @Autowired
    OwnRequests ownRequests;

    private HttpResponse<String> post(String query, String key) throws Exception {
        return GraphQlOverHttp.exchange(port, query, key == null ? Map.of("X-Query-Stats", "true")
                : Map.of("X-Query-Stats", "true", "Authorization", "Bearer " + key));
    }

    /** Spends the limited key's budget; the query itself is admitted and answered. */
    private void overdraw() throws Exception {
        HttpResponse<String> expensive = post(EXPENSIVE, TestKeys.LIMITED);
        if (expensive.statusCode() == 200) {
            assertThat((Integer) JsonPath.read(expensive.body(), "$.extensions.queryStats.cost"))
                    .isGreaterThan(TestKeys.LIMITED_POINTS_PER_MINUTE);
        }
    }

    @Test
    void shouldAnswer429WithRetryAfterOnceTheBudgetIsSpent() throws Exception {
        overdraw();

        HttpResponse<String> refused = post("{ stats { entities } }", TestKeys.LIMITED);

        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 61L);
        assertThat((String) JsonPath.read(refused.body(), "$.errors[0].extensions.code")).isEqualTo("RATE_LIMITED");
        assertThat((Integer) JsonPath.read(refused.body(), "$.errors[0].extensions.retryAfterSeconds")).isEqualTo((int) retryAfter);
        assertThat(refused.body()).contains("retry in " + retryAfter + " s");
    }

    @Test
    void shouldCountReconciliationMcpAndExportsAgainstTheSameBudget() throws Exception {
        overdraw();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        for (String path : List.of("/reconcile?queries=%7B%22q0%22%3A%7B%22query%22%3A%22UK%22%7D%7D", "/export/nodes.csv", "/reconcile")) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + TestKeys.LIMITED).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(path).isEqualTo(429);
            assertThat(refused.body()).contains("RATE_LIMITED");
        }
        HttpResponse<String> mcp = http.send(HttpRequest.newBuilder(URI.create(base + "/mcp"))
                .header("Authorization", "Bearer " + TestKeys.LIMITED).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(mcp.statusCode()).isEqualTo(429);
    }

    @Test
    void shouldTellEachClientItsLimitAndWhatIsLeft() throws Exception {
        HttpResponse<String> answer = post("{ stats { entities } }", TestKeys.READER);

        assertThat(answer.headers().firstValue("X-RateLimit-Limit")).hasValue("100000000");
        assertThat(Long.parseLong(answer.headers().firstValue("X-RateLimit-Remaining").orElseThrow())).isPositive();
    }

    /**
     * The start-up warm-up's requests carry this process's token and spend no budget, whatever
     * key comes with them; a guessed token is no use.
     */
    @Test
    void shouldNotMeterTheServicesOwnRequestsButOnlyWithItsToken() throws Exception {
        overdraw();
        Map<String, String> limited = Map.of("Authorization", "Bearer " + TestKeys.LIMITED);
        Map<String, String> own = new HashMap<>(limited);
        own.put(OwnRequests.HEADER, ownRequests.token());
        Map<String, String> guessed = new HashMap<>(limited);
        guessed.put(OwnRequests.HEADER, "guessed");

        HttpResponse<String> answered = GraphQlOverHttp.exchange(port, EXPENSIVE, own);

        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.headers().firstValue("X-RateLimit-Limit")).isEmpty();
        assertThat(GraphQlOverHttp.exchange(port, "{ stats { entities } }", guessed).statusCode()).isEqualTo(429);
    }

    @Test
    void shouldKeepAnsweringOtherClientsWhileOneWaits() throws Exception {
        overdraw();

        assertThat(post("{ stats { entities } }", TestKeys.LIMITED).statusCode()).isEqualTo(429);
        assertThat(post("{ stats { entities } }", null).statusCode()).isEqualTo(200);
        assertThat(post("{ stats { entities } }", TestKeys.READER).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(1) // first: it opens its connection while the key still has budget (only this class spends it)
    void shouldRefuseAnOperationOverWebSocketOnceTheBudgetIsSpentAndThenTheHandshake() throws Exception {
        WebSocketGraphQlTester limited = connectAs(TestKeys.LIMITED);
        try {
            limited.document("{ stats { entities } }").execute().path("stats.entities").hasValue();
            overdraw();

            List<ResponseError> errors = new ArrayList<>();
            limited.document("{ stats { entities } }").execute().errors().satisfy(errors::addAll);
            assertThat(errors).singleElement().satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "RATE_LIMITED"));
        } finally {
            limited.stop().block(Duration.ofSeconds(5));
        }
        WebSocketGraphQlTester another = connectAs(TestKeys.LIMITED);
        assertThatThrownBy(() -> another.document("{ stats { entities } }").execute()).hasMessageContaining("429");
    }

    private WebSocketGraphQlTester connectAs(String key) {
        return WebSocketGraphQlTester.builder("ws://127.0.0.1:" + port + "/graphql", new StandardWebSocketClient())
                .headers(h -> h.setBearerAuth(key)).build();
    }
}
