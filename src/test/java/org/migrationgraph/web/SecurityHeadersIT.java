package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The baseline security headers on the pages, the API and its refusals alike; the browser
 * tests (explorer, GraphiQL) run under the same policy, so it does not break them.
 */
class SecurityHeadersIT extends GraphIntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI at(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Test
    void shouldSendTheHeadersWithPagesAnswersAndRefusals() throws Exception {
        var answers = new java.util.ArrayList<HttpResponse<String>>();
        answers.add(send(HttpRequest.newBuilder(at("/"))));
        answers.add(send(HttpRequest.newBuilder(at("/graphiql/index.html"))));
        answers.add(send(HttpRequest.newBuilder(at("/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ stats { entities } }\"}"))));
        answers.add(send(HttpRequest.newBuilder(at("/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + "x".repeat(200_000) + "\"}"))));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        });
    }

    @Test
    void shouldForbidInlineScriptsAndFramingInThePolicy() {
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
    }
}
