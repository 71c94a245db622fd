package org.migrationgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.migrationgraph.testsupport.TestNeo4j;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every export format, fetched over HTTP and read back with a real parser of it (Commons CSV,
 * JGraphT's GraphML reader, Jackson, the Titanium JSON-LD processor, a second Neo4j running the
 * Cypher script through cypher-shell), compared with what the API answers for the same graph.
 */
class ExportRoundTripIT extends GraphIntegrationTest {

    private static final String PHILIPPINES = "state:PHL";
    private static final String SAMPLE_RELATION = "org:iom-COORDINATES->org:un-system";
    private static final String REFERENCE_CITED = "org:iom-SECRETARIAT_OF->org:network";

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    private String export(String file) {
        HttpResponse<String> response = ExportHttp.get(port, "/export/" + file);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private int stat(String field) {
        return graphQl.document("{ stats { " + field + " } }").execute().path("stats." + field).entity(Integer.class).get();
    }

    private String apiName(String id) {
        return graphQl.document("{ entity(id: \"" + id + "\") { name } }").execute().path("entity.name").entity(String.class).get();
    }

    private String apiQuote(String relationId) {
        return graphQl.document("{ relation(id: \"" + relationId + "\") { citations { quote } } }").execute()
                .path("relation.citations[0].quote").entity(String.class).get();
    }

    @Test
    void csvFilesHoldEveryEntityAndRelationWithTheirCitations() throws IOException {
        List<CSVRecord> nodes = csv(export("nodes.csv"));
        List<CSVRecord> edges = csv(export("edges.csv"));

        assertThat(nodes).hasSize(stat("entities"));
        assertThat(edges).hasSize(stat("relations"));
        CSVRecord philippines = nodes.stream().filter(r -> r.get("id").equals(PHILIPPINES)).findFirst().orElseThrow();
        assertThat(philippines.get("name")).isEqualTo(apiName(PHILIPPINES));
        assertThat(philippines.get("iso3")).isEqualTo("PHL");
        assertThat(philippines.get("m49")).isEqualTo("608");
        CSVRecord coordinates = edges.stream().filter(r -> r.get("id").equals(SAMPLE_RELATION)).findFirst().orElseThrow();
        assertThat(coordinates.get("source")).isEqualTo("org:iom");
        assertThat(coordinates.get("relation")).isEqualTo("COORDINATES");
        assertThat(coordinates.get("cited_quotes").split(" \\| ")).contains(apiQuote(SAMPLE_RELATION));
        assertThat(coordinates.get("cited_paragraphs")).startsWith(coordinates.get("cited_documents").split(" \\| ")[0] + "#");
        CSVRecord byReference = edges.stream().filter(r -> r.get("id").equals(REFERENCE_CITED)).findFirst().orElseThrow();
        assertThat(byReference.get("cited_references")).isEqualTo("ref:a-res-73-195");
        assertThat(byReference.get("cited_reference_details")).startsWith("para 45(a)");
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void graphMlReadsBackIntoJGraphTWithTypedAttributes() {
        Graph<String, DefaultEdge> graph = GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(true)
                .allowingSelfLoops(true).vertexSupplier(SupplierUtil.createStringSupplier())
                .edgeSupplier(SupplierUtil.createDefaultEdgeSupplier()).buildGraph();
        Map<String, Map<String, Attribute>> vertexAttributes = new HashMap<>();
        List<Map<String, Attribute>> edgeAttributes = new ArrayList<>();
        Map<DefaultEdge, Map<String, Attribute>> byEdge = new HashMap<>();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((pair, attribute) ->
                vertexAttributes.computeIfAbsent(pair.getFirst(), v -> new HashMap<>()).put(pair.getSecond(), attribute));
        importer.addEdgeAttributeConsumer((pair, attribute) ->
                byEdge.computeIfAbsent(pair.getFirst(), e -> new HashMap<>()).put(pair.getSecond(), attribute));
        importer.importGraph(graph, new StringReader(export("graph.graphml")));
        edgeAttributes.addAll(byEdge.values());

        assertThat(graph.vertexSet()).hasSize(stat("entities"));
        assertThat(graph.edgeSet()).hasSize(stat("relations"));
        assertThat(vertexAttributes.get(PHILIPPINES).get("label").getValue()).isEqualTo(apiName(PHILIPPINES));
        assertThat(vertexAttributes.get(PHILIPPINES).get("iso3").getValue()).isEqualTo("PHL");
        Attribute attendance = vertexAttributes.values().stream().map(a -> a.get("attendanceMemberStates"))
                .filter(a -> a != null).findFirst().orElseThrow();
        assertThat(attendance.getType()).isEqualTo(AttributeType.LONG);
        Map<String, Attribute> coordinates = edgeAttributes.stream()
                .filter(a -> a.get("relationId").getValue().equals(SAMPLE_RELATION)).findFirst().orElseThrow();
        assertThat(coordinates.get("cited_quotes").getValue().split(" \\| ")).contains(apiQuote(SAMPLE_RELATION));
    }

    @Test
    void cytoscapeJsonIsElementsWithDataAndCitations() {
        JsonNode root = json.readTree(export("cytoscape.json"));
        JsonNode nodes = root.path("elements").path("nodes");
        JsonNode edges = root.path("elements").path("edges");

        assertThat(nodes.size()).isEqualTo(stat("entities"));
        assertThat(edges.size()).isEqualTo(stat("relations"));
        JsonNode philippines = find(nodes, PHILIPPINES);
        assertThat(philippines.path("name").asString()).isEqualTo(apiName(PHILIPPINES));
        assertThat(philippines.path("iso3").asString()).isEqualTo("PHL");
        JsonNode coordinates = find(edges, SAMPLE_RELATION);
        assertThat(coordinates.path("source").asString()).isEqualTo("org:iom");
        assertThat(coordinates.path("target").asString()).isEqualTo("org:un-system");
        List<String> quotes = new ArrayList<>();
        coordinates.path("citations").forEach(c -> quotes.add(c.path("quote").asString()));
        assertThat(quotes).contains(apiQuote(SAMPLE_RELATION));
    }

    private static JsonNode find(JsonNode elements, String id) {
        for (JsonNode element : elements) {
            if (element.path("data").path("id").asString().equals(id)) {
                return element.path("data");
            }
        }
        throw new AssertionError(id + " is not in the export");
    }

    @Test
    void jsonLdExpandsWithTheServedContextToSchemaOrgTypesAndCodes() throws Exception {
        String vocab = "http://localhost:" + port + "/vocab#";
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(export("graph.jsonld")))).get();

        List<JsonObject> entities = new ArrayList<>();
        int statements = 0;
        for (JsonValue value : expanded) {
            JsonObject object = value.asJsonObject();
            List<String> types = object.containsKey("@type") ? object.getJsonArray("@type").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()) : List.of();
            if (types.contains("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement")) {
                statements++;
            } else if (!types.isEmpty()) {
                entities.add(object);
            }
        }
        assertThat(entities).hasSize(stat("entities"));
        assertThat(statements).isEqualTo(stat("relations"));
        JsonObject philippines = entities.stream()
                .filter(o -> o.getString("@id").equals("http://localhost:" + port + "/id/" + PHILIPPINES)).findFirst().orElseThrow();
        assertThat(philippines.getJsonArray("@type").toString()).contains("https://schema.org/Country", vocab + "MemberState");
        assertThat(philippines.getJsonArray("https://schema.org/name").getJsonObject(0).getString("@value")).isEqualTo(apiName(PHILIPPINES));
        String identifiers = philippines.getJsonArray("https://schema.org/identifier").toString();
        assertThat(identifiers).contains("ISO 3166-1 alpha-3", "\"PHL\"", "UN M49", "\"608\"");
        String iom = "http://localhost:" + port + "/id/org:iom";
        JsonObject iomLinks = expanded.stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("@id", "").equals(iom) && o.containsKey(vocab + "SECRETARIAT_OF")).findFirst().orElseThrow();
        assertThat(iomLinks.getJsonArray(vocab + "SECRETARIAT_OF").getJsonObject(0).getString("@id"))
                .isEqualTo("http://localhost:" + port + "/id/org:network");
    }

    @Test
    void cypherScriptRecreatesTheGraphInAnotherNeo4jAndRunningItAgainChangesNothing(@TempDir Path folder) throws Exception {
        Path script = Files.writeString(folder.resolve("graph.cypher"), export("graph.cypher"));
        try (TestNeo4j other = TestNeo4j.start("export-cypher")) {
            CypherShell.runFile(other, script);
            long entities = other.count("MATCH (n:Entity) RETURN count(n)");
            long relations = other.count("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)");
            long paragraphs = other.count("MATCH (:Entity)-[:HAS_PARAGRAPH]->(p:Paragraph) RETURN count(p)");
            assertThat(entities).isEqualTo(stat("entities"));
            assertThat(relations).isEqualTo(stat("relations"));
            assertThat(paragraphs).isEqualTo(cypher("MATCH (:Entity)-[:HAS_PARAGRAPH]->(p:Paragraph) RETURN count(p) AS n").get(0).get("n"));
            try (var session = other.driver().session()) {
                var record = session.run("MATCH (n:MemberState {id: $id}) RETURN n.name AS name, n.iso3 AS iso3, labels(n) AS labels",
                        Map.of("id", PHILIPPINES)).single();
                assertThat(record.get("name").asString()).isEqualTo(apiName(PHILIPPINES));
                assertThat(record.get("labels").asList()).contains("Entity", "MemberState");
                String quote = session.run("MATCH (:Entity {id: 'org:iom'})-[r:COORDINATES]->(:Entity {id: 'org:un-system'}) "
                        + "RETURN r.citedQuotes[0] AS quote").single().get("quote").asString();
                assertThat(quote).isEqualTo(apiQuote(SAMPLE_RELATION));
            }
            CypherShell.runFile(other, script);
            assertThat(other.count("MATCH (n:Entity) RETURN count(n)")).isEqualTo(entities);
            assertThat(other.count("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)")).isEqualTo(relations);
        }
    }
}
