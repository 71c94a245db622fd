package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever a client sends, the endpoint answers without a 5xx and without an unexpected
 * exception (which would come back as INTERNAL_ERROR). Each input's first byte picks how the
 * rest is sent: 0 as a GraphQL document, 1 as the raw JSON body, 2 as a GET query, 3 as the
 * {@code where} variable of a list query. A normal run replays the corpus in
 * GraphQlFuzzITInputs/anyRequest; {@code JAZZER_FUZZ=1 mvn verify -Dit.test=GraphQlFuzzIT}
 * fuzzes for the duration below and adds what it finds there (docs/benchmarks.md, "Fuzzing").
 */
class GraphQlFuzzIT extends GraphIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @FuzzTest(maxDuration = "2m")
    void anyRequest(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        // Jazzer's SSRF detector would flag this test's own requests, and the service's Bolt
        // connections to its embedded database; any connection elsewhere is still a finding.
        BugDetectors.allowNetworkConnections((host, port) -> "127.0.0.1".equals(host) || "localhost".equals(host));
        String rest = new String(Arrays.copyOfRange(input, 1, input.length), StandardCharsets.UTF_8);
        HttpResponse<String> response = CLIENT.send(request(Math.floorMod(input[0], 4), rest), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as("status for %s", rest).isLessThan(500);
        assertThat(response.body()).as("answer for %s", rest).doesNotContain("INTERNAL_ERROR");
    }

    private HttpRequest request(int mode, String rest) {
        URI graphql = URI.create("http://127.0.0.1:" + port + "/graphql");
        return switch (mode) {
            case 0 -> post(graphql, JSON.writeValueAsString(java.util.Map.of("query", rest)));
            case 1 -> post(graphql, rest);
            case 2 -> HttpRequest.newBuilder(URI.create(graphql + "?query=" + URLEncoder.encode(rest, StandardCharsets.UTF_8)))
                    .header("Accept", "application/graphql-response+json").GET().build();
            default -> post(graphql, "{\"query\":\"query($w: EntityWhere) { entities(where: $w) { totalCount } }\","
                    + "\"variables\":{\"w\":" + rest + "}}");
        };
    }

    private static HttpRequest post(URI uri, String body) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
