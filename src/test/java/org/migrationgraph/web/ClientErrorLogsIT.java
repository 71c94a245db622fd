package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit's careless and hostile requests, each a client's mistake: every one is answered with
 * a 4xx or a coded error, and none leaves a stack trace or an ERROR line in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class ClientErrorLogsIT extends GraphIntegrationTest {

    @LocalServerPort
    int port;

    private record Sent(String what, HttpRequest request) {
    }

    private HttpRequest.Builder to(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery));
    }

    private HttpRequest post(String contentType, String body) {
        return to("/graphql").header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private List<Sent> mistakes() {
        String deepNot = "{\"query\":\"query($w: EntityWhere) { entities(where: $w) { totalCount } }\",\"variables\":{\"w\":"
                + "{\"NOT\":".repeat(300) + "{\"name\":\"x\"}" + "}".repeat(300) + "}}";
        return List.of(
                new Sent("malformed JSON", post("application/json", "{\"query\":")),
                new Sent("a batch", post("application/json", "[{\"query\":\"{ stats { entities } }\"}]")),
                new Sent("a wrong media type", post("text/plain", "{ stats { entities } }")),
                new Sent("a body over the limit", post("application/json", "{\"query\":\"" + " ".repeat(200_000) + "{ stats { entities } }\"}")),
                new Sent("a malformed Accept", to("/graphql?query=%7Bstats%7Bentities%7D%7D").header("Accept", "application/;;").GET().build()),
                new Sent("a parse error", post("application/json", "{\"query\":\"{ stats { \"}")),
                new Sent("an unknown field", post("application/json", "{\"query\":\"{ nope }\"}")),
                new Sent("a bad argument", post("application/json", "{\"query\":\"{ entities(first: -1) { totalCount } }\"}")),
                new Sent("a where filter 300 NOTs deep", post("application/json", deepNot)),
                new Sent("a subscription over HTTP", post("application/json", "{\"query\":\"subscription { graphChanged { at } }\"}")),
                new Sent("an anonymous mutation", post("application/json", "{\"query\":\"mutation { x }\"}")),
                new Sent("a wrong key", to("/graphql").header("Content-Type", "application/json").header("Authorization", "Bearer nope")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ stats { entities } }\"}")).build()),
                new Sent("an introspection bomb", post("application/json", "{\"query\":\"{ __schema { types { fields { type { fields { type "
                        + "{ fields { type { fields { type { fields { type { name } } } } } } } } } } } }\"}")),
                new Sent("an unknown page", to("/no-such-page").GET().build()));
    }

    @Test
    void shouldAnswerEveryClientMistakeWithoutAStackTraceOrAnErrorInTheLog(CapturedOutput output) throws Exception {
        int before = output.getAll().length();
        HttpClient client = HttpClient.newHttpClient();
        for (Sent sent : mistakes()) {
            HttpResponse<String> response = client.send(sent.request(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(sent.what()).isBetween(200, 499);
            if (response.statusCode() != 404) {
                assertThat(response.body()).as(sent.what()).contains("\"code\":\"").doesNotContain("INTERNAL_ERROR");
            }
        }

        assertThat(output.getAll().substring(before)).doesNotContain("\tat ", " ERROR ", "Exception:");
    }
}
