package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every refusal of a malformed HTTP request is GraphQL-shaped, with a code (audit 1.1-1.8, 1.20). */
class HttpErrorBodiesIT extends GraphIntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String contentType, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertCoded(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat((String) JsonPath.read(answer.body(), "$.errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
        assertThat((String) JsonPath.read(answer.body(), "$.errors[0].message")).isNotBlank();
    }

    @Test
    void shouldAnswerMalformedJsonWithACodedBody() throws Exception {
        assertCoded(post("application/json", "{\"query\": ".getBytes()), 400);
    }

    @Test
    void shouldAnswerABatchWithACodedBody() throws Exception {
        assertCoded(post("application/json", "[{\"query\":\"{ stats { entities } }\"},{\"query\":\"{ stats { entities } }\"}]".getBytes()), 400);
    }

    @Test
    void shouldAnswerBytesThatAreNotUtf8WithACodedBody() throws Exception {
        byte[] body = {'{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertCoded(post("application/json", body), 400);
    }

    @Test
    void shouldAnswerAnUnsupportedMediaTypeWithACodedBody() throws Exception {
        assertCoded(post("text/plain", "{ stats { entities } }".getBytes()), 415);
    }

    @Test
    void shouldAnswerAMalformedAcceptOnGetWith406NotA500() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/graphql?query=%7Bstats%7Bentities%7D%7D"))
                .header("Accept", "not a media type;;;").build(), HttpResponse.BodyHandlers.ofString());

        assertCoded(answer, 406);
    }

    @Test
    void shouldRefuseASubscriptionOverHttpPointingToTheWebSocket() throws Exception {
        HttpResponse<String> answer = post("application/json", "{\"query\":\"subscription { graphChanged { at } }\"}".getBytes());

        assertThat(answer.body()).doesNotContain("upstreamPublisher").contains("WebSocket");
        assertThat((String) JsonPath.read(answer.body(), "$.errors[0].extensions.code")).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void shouldCodeAnIntrospectionBombAsTooComplex() throws Exception {
        String deep = "{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type {"
                + " fields { type { name } } } } } } } } } } } } } } }";
        HttpResponse<String> answer = post("application/json", ("{\"query\":\"" + deep + "\"}").getBytes());

        assertThat((String) JsonPath.read(answer.body(), "$.errors[0].extensions.code")).isEqualTo("QUERY_TOO_COMPLEX");
    }
}
