package org.migrationgraph.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.HttpGraphQlClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The examples of docs/integrations.md, run against the real service: the Java client below
 * (the code the page shows), and the page's curl and Python scripts from docs/examples/. Their
 * output is written to target/integration-examples/ for the page. Python needs pandas and
 * requests (Debian's python3-pandas and python3-requests); without them the Python example is
 * skipped with that message, except on CI (CI=true), where it fails.
 */
class IntegrationExamplesIT extends GraphIntegrationTest {

    private static final Path OUTPUT = Path.of("target", "integration-examples");

    @LocalServerPort
    int port;

    /** What the Java example maps an entity to. */
    record Entity(String id, String name, String kind) {
    }

    /** A relation edge, as far as the example reads it: the entity at its other end. */
    record Edge(Entity node) {
    }

    @Test
    void theJavaClientExampleFetchesAnEntity() throws IOException {
        // --- docs/integrations.md: Java ---
        HttpGraphQlClient client = HttpGraphQlClient.builder(WebClient.create("http://localhost:" + port + "/graphql")).build();
        Entity philippines = client.document("query Entity($id: ID!) { entity(id: $id) { id name kind } }")
                .variable("id", "state:PHL")
                .retrieve("entity").toEntity(Entity.class)
                .block();
        List<String> tookTheFloor = client.document("""
                        query Floor($id: ID!) { entity(id: $id) { relations(types: ["TOOK_THE_FLOOR_AT"], direction: INCOMING) {
                          edges { node { id name kind } } } } }""")
                .variable("id", "meeting:2019-12-12-member-state-briefing")
                .retrieve("entity.relations.edges").toEntityList(Edge.class)
                .map(edges -> edges.stream().map(edge -> edge.node().name()).toList())
                .block();
        // --- end ---
        String output = philippines + "\n" + tookTheFloor + "\n";
        write("java.txt", output);
        assertThat(philippines).isEqualTo(new Entity("state:PHL", "Philippines", "MemberState"));
        assertThat(tookTheFloor).isNotEmpty().contains("United Kingdom of Great Britain and Northern Ireland");
    }

    @Test
    void theCurlExamplesAnswerAsThePageSays() throws Exception {
        String output = run(List.of("bash", "docs/examples/curl.sh", "http://127.0.0.1:" + port));
        write("curl.txt", output);
        assertThat(output).contains("\"name\":\"Philippines\"", "\"iso3\":\"PHL\"")
                .containsPattern("(?i)etag: W/\"r\\d+-nodes.csv-")
                .contains("193 Member States", "HTTP 304", "@misc{", "\"entities\":");
    }

    @Test
    void thePythonExampleReadsTheExportsIntoPandas() throws Exception {
        Optional<String> python = List.of("python3", "/usr/bin/python3").stream().filter(IntegrationExamplesIT::hasPandas).findFirst();
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(python.isPresent(), "No Python with pandas and requests: apt-get install python3-pandas python3-requests");
        }
        assertThat(python).as("CI needs Python with pandas and requests (python3-pandas, python3-requests)").isPresent();
        String output = run(List.of(python.get(), "docs/examples/pandas_export.py", "http://127.0.0.1:" + port));
        write("python.txt", output);
        int entities = graphQl.document("{ stats { entities } }").execute().path("stats.entities").entity(Integer.class).get();
        int relations = graphQl.document("{ stats { relations } }").execute().path("stats.relations").entity(Integer.class).get();
        assertThat(output).contains("Took the floor at Network Briefing to Member States:", "United Kingdom")
                .contains(entities + " entities, " + relations + " relations").contains("MemberState", "doc:network-briefing-2019-12-12");
    }

    private static boolean hasPandas(String python) {
        try {
            Process process = new ProcessBuilder(python, "-c", "import pandas, requests").redirectErrorStream(true).start();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static void write(String name, String output) throws IOException {
        Files.createDirectories(OUTPUT);
        Files.writeString(OUTPUT.resolve(name), output);
    }
}
