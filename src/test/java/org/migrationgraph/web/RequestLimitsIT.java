package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every request resource is bounded, each limit with a coded error (reliability audit, part 1). */
class RequestLimitsIT extends GraphIntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private static String bodyWithUnusedVariable(int size) {
        // A variable the document does not declare: graphql-java ignores it, the body still carries it.
        return "{\"query\":\"{ stats { entities } }\",\"variables\":{\"x\":\"" + "a".repeat(size) + "\"}}";
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldRefuseABodyOverTheLimitWith413AndACode() throws Exception {
        HttpResponse<String> answer = post(HttpRequest.BodyPublishers.ofString(bodyWithUnusedVariable(200_000)));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat((String) JsonPath.read(answer.body(), "$.errors[0].extensions.code")).isEqualTo("REQUEST_TOO_LARGE");
        assertThat((String) JsonPath.read(answer.body(), "$.errors[0].message")).contains("the limit is 102400 bytes");
    }

    @Test
    void shouldRefuseAChunkedBodyOverTheLimitWithoutItsLength() throws Exception {
        byte[] body = bodyWithUnusedVariable(200_000).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat((String) JsonPath.read(answer.body(), "$.errors[0].extensions.code")).isEqualTo("REQUEST_TOO_LARGE");
    }

    @Test
    void shouldAnswerABodyWithinTheLimit() throws Exception {
        HttpResponse<String> answer = post(HttpRequest.BodyPublishers.ofString(bodyWithUnusedVariable(90_000)));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"entities\"").doesNotContain("errors");
    }

    private static String codes(String body) {
        return JsonPath.read(body, "$.errors[*].extensions.code").toString();
    }

    private String postJson(String json) throws Exception {
        return post(HttpRequest.BodyPublishers.ofString(json)).body();
    }

    @Test
    void shouldRefuseFourHundredNestedNotsSentAsVariablesBeforeTheyReachCypher() throws Exception {
        String where = "{\"name\":{\"eq\":\"x\"}}";
        for (int i = 0; i < 400; i++) {
            where = "{\"NOT\":" + where + "}";
        }
        String body = postJson("{\"query\":\"query($w: EntityWhere) { entities(where: $w) { nodes { id } } }\",\"variables\":{\"w\":" + where + "}}");

        assertThat(codes(body)).isEqualTo("[\"BAD_USER_INPUT\"]");
        assertThat(body).contains("400 levels deep; at most 5");
    }

    @Test
    void shouldRefuseAThousandOrConditionsSentAsVariables() throws Exception {
        String or = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "{\"id\":{\"eq\":\"x" + i + "\"}}")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        String body = postJson("{\"query\":\"query($w: EntityWhere) { entities(where: $w) { nodes { id } } }\",\"variables\":{\"w\":{\"OR\":" + or + "}}}");

        assertThat(codes(body)).contains("BAD_USER_INPUT").doesNotContain("TIMEOUT", "INTERNAL_ERROR");
        assertThat(body).contains("1000 conditions; at most 20");
    }

    @Test
    void shouldRefuseAThousandSortKeys() throws Exception {
        String keys = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "{\"field\":\"NAME\"}")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        String body = postJson("{\"query\":\"query($o: [EntityOrder!]) { topics(orderBy: $o) { nodes { id } } }\",\"variables\":{\"o\":" + keys + "}}");

        assertThat(body).contains("'orderBy' has 1000 keys; at most 3").contains("'orderBy' holds 1000 values; at most 100");
    }

    @Test
    void shouldRefuseTheAuditsMentionChainBeforeItRuns() throws Exception {
        String chain = "{ entity(id: \\\"framework:gcm\\\") { mentionedIn { mentions { mentionedIn { mentions { mentionedIn { mentions {"
                + " mentionedIn { mentions { id } } } } } } } } } }";
        long started = System.nanoTime();
        String body = postJson("{\"query\":\"" + chain + "\"}");

        assertThat(codes(body)).isEqualTo("[\"QUERY_TOO_COMPLEX\"]");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(5));
    }
}
