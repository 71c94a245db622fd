package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.TestDirectories;
import org.migrationgraph.testsupport.TestKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The prod profile as an operator would run it, with one dashboard origin allowed and reads
 * behind a key: no introspection, no schema printout, no GraphiQL, CORS for the named origin
 * only, HTTP on loopback. A context of its own (its profile differs), with an empty graph.
 */
@ActiveProfiles("prod")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "migration-graph.embedded.bolt-port=0",
        "migration-graph.embedded.config.server.memory.pagecache.size=16m",
        "migration-graph.seed.on-startup=false",
        // No start-up warm-up: WarmUpIT covers it in the read tests' context.
        "migration-graph.warm-up.enabled=false",
        "spring.graphql.cors.allowed-origins=https://dashboard.example",
        "migration-graph.security.reads-require-key=true",
        "migration-graph.security.keys[0].name=test-reader",
        "migration-graph.security.keys[0].hash=$2a$04$8mv.vFIL50emaW/MJfCcTuN.zO8.l1bGwdxNrLX8sTQ7gA3rXPS0C",
        "migration-graph.security.keys[0].roles=reader"})
class ProdProfileIT {

    private static final Path HOME = TestDirectories.fresh("prod-profile");

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext context;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("migration-graph.embedded.data-dir", HOME::toString);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder graphQl(String query) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query + "\"}"));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    @Test
    void shouldRefuseReadsWithoutAKeyAndAnswerThemWithOne() throws Exception {
        HttpResponse<String> anonymous = send(graphQl("{ stats { entities } }"));
        HttpResponse<String> reader = send(graphQl("{ stats { entities } }").header("Authorization", "Bearer " + TestKeys.READER));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat((String) JsonPath.read(anonymous.body(), "$.errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
        assertThat(anonymous.body()).contains("Authorization: Bearer <key>");
        assertThat(reader.statusCode()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(reader.body(), "$.data.stats.entities")).isZero();
    }

    @Test
    void shouldHideTheSchemaFromIntrospectionAndThePrintout() throws Exception {
        HttpResponse<String> introspection = send(graphQl("{ __schema { queryType { name } } }")
                .header("Authorization", "Bearer " + TestKeys.READER));

        assertThat((String) JsonPath.read(introspection.body(), "$.errors[0].extensions.code")).as(introspection.body())
                .isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(introspection.body()).doesNotContain("\"Query\"").contains("Introspection has been disabled");
        assertThat(send(graphQl("{ __typename }").header("Authorization", "Bearer " + TestKeys.READER)).body())
                .contains("\"__typename\":\"Query\"");
        assertThat(send(get("/graphql/schema").header("Authorization", "Bearer " + TestKeys.READER)).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldNotServeGraphiQlButStillTheExplorer() throws Exception {
        assertThat(send(get("/graphiql")).statusCode()).isEqualTo(404);
        assertThat(send(get("/graphiql/start.js")).statusCode()).isEqualTo(404);
        assertThat(send(get("/")).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldLetTheNamedDashboardOriginReadAnswersAndNoOther() throws Exception {
        HttpResponse<String> allowed = send(preflight("https://dashboard.example"));
        HttpResponse<String> foreign = send(preflight("https://evil.example"));

        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://dashboard.example");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers").orElse("")).containsIgnoringCase("authorization");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> answer = send(graphQl("{ stats { entities } }").header("Origin", "https://dashboard.example")
                .header("Authorization", "Bearer " + TestKeys.READER));
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://dashboard.example");
        assertThat(answer.headers().firstValue("Access-Control-Expose-Headers").orElse("")).contains("X-RateLimit-Remaining");
    }

    private HttpRequest.Builder preflight(String origin) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type");
    }

    @Test
    void shouldListenOnLoopbackOnly() {
        Object address = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector().getProperty("address");

        assertThat(address).isEqualTo(InetAddress.getLoopbackAddress());
    }
}
