package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.migrationgraph.change.GraphChanges;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

class ResponseCacheIT extends GraphIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    GraphChanges changes;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldAnswerARepeatedQueryFromMemoryWithTheSameBody() throws Exception {
        String query = "{ entity(id: \"state:MEX\") { id name aliases } }";
        HttpResponse<String> first = post(query, Map.of());
        HttpResponse<String> second = post(query, Map.of());

        assertThat(first.headers().firstValue(ResponseCache.HEADER)).hasValue("miss");
        assertThat(second.headers().firstValue(ResponseCache.HEADER)).hasValue("hit");
        assertThat(second.body()).isEqualTo(first.body()).contains("\"name\":\"Mexico\"");
    }

    @Autowired
    ResponseCache cache;

    @Test
    void shouldWeighAnAnswerByItsOwnSizeNotByTheVariablesSentWithIt() throws Exception {
        String query = "query($id: ID!) { entity(id: $id) { name } }";
        Map<String, Object> variables = Map.of("id", "state:URY", "unused", "x".repeat(60_000));
        HttpResponse<String> answer = post(query, variables, Map.of());

        assertThat(answer.headers().firstValue(ResponseCache.HEADER)).hasValue("miss");
        // This one entry, not the cache's total: other classes' answers in the shared context expire
        // (5 min) while this test runs, which once made the total shrink.
        OptionalInt weight = cache.weightOf(ResponseCache.keyOf(query, null, variables, Map.of()));
        assertThat(weight).isPresent();
        assertThat(weight.getAsInt()).isPositive().isLessThan(1_000);
    }

    @Test
    void shouldKeepOneAnswerPerVariables() throws Exception {
        String query = "query($id: ID!) { entity(id: $id) { name } }";
        post(query, Map.of("id", "state:PER"), Map.of());
        HttpResponse<String> other = post(query, Map.of("id", "state:CHL"), Map.of());

        assertThat(other.headers().firstValue(ResponseCache.HEADER)).hasValue("miss");
        assertThat(other.body()).contains("Chile");
    }

    @Test
    void shouldExecuteAgainWhenTheGraphChanged() throws Exception {
        String query = "{ entity(id: \"state:ARG\") { name } }";
        post(query, Map.of());
        assertThat(post(query, Map.of()).headers().firstValue(ResponseCache.HEADER)).hasValue("hit");

        changes.invalidate();

        assertThat(post(query, Map.of()).headers().firstValue(ResponseCache.HEADER)).hasValue("miss");
    }

    @Test
    void shouldExecuteAgainWhenTheClientAsksForNoCache() throws Exception {
        String query = "{ entity(id: \"state:BRA\") { name } }";
        post(query, Map.of());

        HttpResponse<String> fresh = post(query, Map.of("Cache-Control", "no-cache"));

        assertThat(fresh.headers().firstValue(ResponseCache.HEADER)).isEmpty();
        assertThat(fresh.body()).contains("Brazil");
    }

    @Test
    void shouldNeverKeepAnAnswerWithErrors() throws Exception {
        String query = "{ neighborhood(id: \"state:PHL\", depth: 9) { nodes { id } } }";
        post(query, Map.of());
        HttpResponse<String> again = post(query, Map.of());

        assertThat(again.headers().firstValue(ResponseCache.HEADER)).hasValue("miss");
        assertThat(again.body()).contains("BAD_USER_INPUT");
    }

    @Test
    void shouldRunTheStatementsAgainWhenQueryStatsAreAsked() throws Exception {
        String query = "{ entity(id: \"state:COL\") { name } }";
        post(query, Map.of());

        HttpResponse<String> measured = post(query, Map.of(ApiInterceptor.STATS_HEADER, "true"));

        assertThat(measured.headers().firstValue(ResponseCache.HEADER)).isEmpty();
        assertThat(measured.body()).contains("\"cypherStatements\":1");
    }

    private HttpResponse<String> post(String query, Map<String, String> headers) throws Exception {
        return post(query, Map.of(), headers);
    }

    private HttpResponse<String> post(String query, Map<String, Object> variables, Map<String, String> headers) throws Exception {
        String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
