package org.migrationgraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.migrationgraph.testsupport.GraphQlOverHttp;
import org.migrationgraph.testsupport.TestKeys;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

/**
 * Reads are public, mutations need an editor's key, a bad key is refused with 401, and the
 * refusal says nothing about what the mutation named, over HTTP and over WebSocket.
 */
class AccessControlIT extends GraphIntegrationTest {

    /** A real mutation that never writes: its version is stale, so an editor gets CONFLICT back. */
    private static final String MUTATION = "mutation { deleteEntity(input: {id: \"state:PHL\", expectedVersion: 99, reason: \"access test\"}) "
            + "{ deletedId userErrors { code } } }";

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String query, String authorization) throws Exception {
        return GraphQlOverHttp.exchange(port, query, authorization == null ? Map.of() : Map.of("Authorization", authorization));
    }

    private static String code(HttpResponse<String> response) {
        return JsonPath.read(response.body(), "$.errors[0].extensions.code");
    }

    @Test
    void shouldAnswerReadsWithoutAKeyAndWithOne() throws Exception {
        assertThat(post("{ stats { entities } }", null).body()).contains("\"entities\":");
        assertThat(post("{ stats { entities } }", "Bearer " + TestKeys.READER).body()).contains("\"entities\":");
    }

    @Test
    void shouldRefuseAMutationWithoutAKeyTellingHowToSendOne() throws Exception {
        HttpResponse<String> response = post(MUTATION, null);

        assertThat(code(response)).isEqualTo("UNAUTHENTICATED");
        assertThat(response.body()).contains("editor role", "Authorization: Bearer").doesNotContain("deleteEntity", "PHL");
    }

    @Test
    void shouldRefuseAMutationFromAReaderAsForbidden() throws Exception {
        HttpResponse<String> response = post(MUTATION, "Bearer " + TestKeys.READER);

        assertThat(code(response)).isEqualTo("FORBIDDEN");
        assertThat(response.body()).contains("test-reader", "editor role");
    }

    @Test
    void shouldRefuseAMutationAfterAnEditorSentTheSameDocument() throws Exception {
        // The parsed-document cache must not carry one caller's pass to the next.
        post(MUTATION, "Bearer " + TestKeys.EDITOR);

        assertThat(code(post(MUTATION, null))).isEqualTo("UNAUTHENTICATED");
        assertThat(code(post(MUTATION, "Bearer " + TestKeys.READER))).isEqualTo("FORBIDDEN");
    }

    @Test
    void shouldRefuseAnUnknownMutationExactlyAsAKnownOne() throws Exception {
        String unknown = post("mutation { noSuchField(x: 1) }", null).body();
        String known = post(MUTATION, null).body();

        assertThat(unknown).isEqualTo(known);
    }

    @Test
    void shouldLetAnEditorsAndAnAdminsMutationPastAccessControl() throws Exception {
        // Past access control the mutation runs, and is refused for its stale version: nothing is written.
        assertThat((String) JsonPath.read(post(MUTATION, "Bearer " + TestKeys.EDITOR).body(), "$.data.deleteEntity.userErrors[0].code")).isEqualTo("CONFLICT");
        assertThat((String) JsonPath.read(post(MUTATION, "bearer " + TestKeys.ADMIN).body(), "$.data.deleteEntity.userErrors[0].code")).isEqualTo("CONFLICT");
    }

    @Test
    void shouldRefuseAWrongKeyWith401AndABearerChallenge() throws Exception {
        HttpResponse<String> response = post("{ stats { entities } }", "Bearer not-a-key");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"migration-graph\"");
        assertThat(code(response)).isEqualTo("UNAUTHENTICATED");
        assertThat(response.body()).contains("not valid").doesNotContain("not-a-key");
    }

    @Test
    void shouldTellEachCallerWhoTheyAreAndNeverServeThatFromTheCache() throws Exception {
        String viewer = "{ viewer { name roles canEdit } }";

        assertThat(post(viewer, null).body()).isEqualTo("{\"data\":{\"viewer\":null}}");
        assertThat(post(viewer, "Bearer " + TestKeys.EDITOR).body())
                .isEqualTo("{\"data\":{\"viewer\":{\"name\":\"test-editor\",\"roles\":[\"reader\",\"editor\"],\"canEdit\":true}}}");
        assertThat(post(viewer, null).headers().firstValue("X-Response-Cache")).hasValue("miss");
    }

    @Test
    void shouldRefuseOtherAuthorizationSchemesRatherThanIgnoreThem() throws Exception {
        HttpResponse<String> response = post("{ stats { entities } }", "Basic dXNlcjpwYXNz");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("Bearer <key>");
    }

    @Test
    void shouldApplyTheSameRulesOverWebSocket() {
        WebSocketGraphQlTester anonymous = WebSocketGraphQlTester.builder("ws://127.0.0.1:" + port + "/graphql",
                new StandardWebSocketClient()).build();
        WebSocketGraphQlTester editor = WebSocketGraphQlTester.builder("ws://127.0.0.1:" + port + "/graphql",
                new StandardWebSocketClient()).headers(h -> h.setBearerAuth(TestKeys.EDITOR)).build();
        try {
            assertThat(codes(anonymous)).containsExactly("UNAUTHENTICATED");
            assertThat(codes(editor)).isEmpty();
        } finally {
            anonymous.stop().block(Duration.ofSeconds(5));
            editor.stop().block(Duration.ofSeconds(5));
        }
    }

    private static List<Object> codes(WebSocketGraphQlTester tester) {
        List<ResponseError> errors = new java.util.ArrayList<>();
        tester.document(MUTATION).execute().errors().satisfy(errors::addAll);
        return errors.stream().map(e -> (Object) e.getExtensions().getOrDefault("code", Map.of())).toList();
    }
}
