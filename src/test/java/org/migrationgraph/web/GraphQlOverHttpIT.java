package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GraphQL over HTTP: GET for queries, and the media types and statuses the spec asks for. */
class GraphQlOverHttpIT extends GraphIntegrationTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String parameters, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql?" + parameters));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void shouldAnswerAQuerySentWithGetWithVariables() throws Exception {
        var response = get("query=" + encode("query($id: ID!) { entity(id: $id) { name } }") + "&variables=" + encode("{\"id\":\"state:PHL\"}"), null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/graphql-response+json"));
        assertThat(response.body()).isEqualTo("{\"data\":{\"entity\":{\"name\":\"Philippines\"}}}");
    }

    @Test
    void shouldUse400ForAnInvalidDocumentOnlyWithTheGraphQlResponseMediaType() throws Exception {
        var graphQlResponse = get("query=" + encode("{ nope }"), "application/graphql-response+json");
        assertThat(graphQlResponse.statusCode()).isEqualTo(400);
        assertThat(graphQlResponse.body()).contains("GRAPHQL_VALIDATION_FAILED");
        var legacyJson = get("query=" + encode("{ nope }"), "application/json");
        assertThat(legacyJson.statusCode()).isEqualTo(200);
        assertThat(legacyJson.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    }

    @Test
    void shouldGiveTheSameAnswerHeadersAsPost() throws Exception {
        String query = "query=" + encode("{ entity(id: \"org:unhcr\") { name } }");
        assertThat(get(query, null).headers().firstValue("X-Response-Cache")).hasValue("miss");
        assertThat(get(query, null).headers().firstValue("X-Response-Cache")).hasValue("hit");
    }

    @Test
    void shouldRefuseASubscriptionOverGetWith405() throws Exception {
        var response = get("query=" + encode("subscription { graphChanged { entityIds } }"), null);
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertThat(response.body()).contains("Only queries can be sent with GET").contains("BAD_USER_INPUT");
    }

    @Test
    void shouldPickTheNamedOperationToDecideWhetherGetMayRunIt() {
        String document = "query Q { stats { entities } } subscription S { graphChanged { entityIds } }";
        assertThat(GraphQlGetFilter.isQuery(document, "Q")).isTrue();
        assertThat(GraphQlGetFilter.isQuery(document, "S")).isFalse();
        assertThat(GraphQlGetFilter.isQuery("mutation { x }", null)).isFalse();
        assertThat(GraphQlGetFilter.isQuery("{ not closed", null)).isTrue();
    }

    @Test
    void shouldExplainAGetWithoutAQuery() throws Exception {
        var response = get("operationName=x", null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Add the GraphQL document as the 'query' URL parameter").contains("BAD_USER_INPUT");
    }

    @Test
    void shouldRefuseVariablesThatAreNotJson() throws Exception {
        var response = get("query=" + encode("{ stats { entities } }") + "&variables=" + encode("{not json"), null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("'variables' and 'extensions' must be URL-encoded JSON objects.");
    }
}
