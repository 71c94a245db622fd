package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * One fuzz input sent to the endpoint, and the property every answer must have. The input's first
 * byte picks how the rest is sent: 0 as a GraphQL document, 1 as the raw JSON body, 2 as a GET
 * query, 3 as the {@code where} variable of a list query. Shared by the fuzzer (GraphQlFuzzIT)
 * and the replay of its corpus in every build (GraphQlFuzzCorpusIT).
 */
final class FuzzRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private FuzzRequests() {
    }

    /** Sends the input and asserts the answer is neither a 5xx nor an unexpected exception (INTERNAL_ERROR). */
    static void assertAnsweredWithoutServerError(int port, byte[] input) throws IOException, InterruptedException {
        if (input.length == 0) {
            return;
        }
        String rest = new String(Arrays.copyOfRange(input, 1, input.length), StandardCharsets.UTF_8);
        HttpResponse<String> response = CLIENT.send(request(port, Math.floorMod(input[0], 4), rest),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as("status for %s", rest).isLessThan(500);
        assertThat(response.body()).as("answer for %s", rest).doesNotContain("INTERNAL_ERROR");
    }

    private static HttpRequest request(int port, int mode, String rest) {
        URI graphql = URI.create("http://127.0.0.1:" + port + "/graphql");
        return switch (mode) {
            case 0 -> post(graphql, JSON.writeValueAsString(Map.of("query", rest)));
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
