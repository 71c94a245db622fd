package org.migrationgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What /export promises over HTTP: conditional GETs, file names, scopes, and clear refusals. */
class ExportHttpIT extends GraphIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void anUnchangedGraphIsAnswered304ToAConditionalGet() {
        HttpResponse<String> first = ExportHttp.get(port, "/export/graph.graphml");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        assertThat(first.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("filename=\"migration-graph-r").endsWith("graph.graphml\"");
        assertThat(first.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/graphml+xml");
        HttpResponse<String> again = ExportHttp.get(port, "/export/graph.graphml", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(ExportHttp.get(port, "/export/graph.graphml", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(ExportHttp.get(port, "/export/nodes.csv", "If-None-Match", etag).statusCode())
                .as("another file has another tag").isEqualTo(200);
        assertThat(ExportHttp.get(port, "/export/graph.graphml?kind=MemberState", "If-None-Match", etag).statusCode())
                .as("another scope has another tag").isEqualTo(200);
    }

    @Test
    void aKindExportHoldsThatKindAndTheRelationsAmongIt() throws IOException {
        List<CSVRecord> states = csv(ExportHttp.get(port, "/export/nodes.csv?kind=MemberState").body());
        int memberStates = graphQl.document("{ memberStates(first: 1) { totalCount } }").execute()
                .path("memberStates.totalCount").entity(Integer.class).get();

        assertThat(states).hasSize(memberStates);
        assertThat(states).allSatisfy(r -> assertThat(r.get("kinds")).contains("MemberState"));
    }

    @Test
    void aTypeExportHoldsEveryRelationOfThatTypeAndOnlyThem() throws IOException {
        List<CSVRecord> edges = csv(ExportHttp.get(port, "/export/edges.csv?type=ATTENDED").body());
        long attended = (Long) cypher("MATCH (:Entity)-[r:ATTENDED]->(:Entity) RETURN count(r) AS n").get(0).get("n");

        assertThat(edges).hasSize((int) attended).allSatisfy(r -> assertThat(r.get("relation")).isEqualTo("ATTENDED"));
        Set<String> ends = csv(ExportHttp.get(port, "/export/nodes.csv?type=ATTENDED").body()).stream().map(r -> r.get("id"))
                .collect(Collectors.toSet());
        assertThat(ends).containsAll(edges.stream().map(r -> r.get("source")).toList())
                .containsAll(edges.stream().map(r -> r.get("target")).toList());
    }

    @Test
    void aNeighbourhoodExportHoldsTheEntitiesWithinItsDepthAndTheRelationsAmongThem() throws IOException {
        Set<String> ids = csv(ExportHttp.get(port, "/export/nodes.csv?around=org:iom&depth=1").body()).stream()
                .map(r -> r.get("id")).collect(Collectors.toSet());
        List<String> neighbours = graphQl.document("{ neighborhood(id: \"org:iom\", depth: 1, limit: 500) { nodes { id } truncated } }")
                .execute().path("neighborhood.nodes[*].id").entityList(String.class).get();

        assertThat(ids).containsExactlyInAnyOrderElementsOf(neighbours);
        List<CSVRecord> edges = csv(ExportHttp.get(port, "/export/edges.csv?around=org:iom&depth=1").body());
        assertThat(edges).isNotEmpty().allSatisfy(r -> assertThat(ids).contains(r.get("source"), r.get("target")));
    }

    @Test
    void badRequestsAreRefusedWithACodeAndAFix() {
        HttpResponse<String> unknownFile = ExportHttp.get(port, "/export/graph.xlsx");
        assertThat(unknownFile.statusCode()).isEqualTo(404);
        assertThat(unknownFile.body()).contains("\"code\":\"NOT_FOUND\"").contains("nodes.csv");

        HttpResponse<String> unknownKind = ExportHttp.get(port, "/export/nodes.csv?kind=MemberStates");
        assertThat(unknownKind.statusCode()).isEqualTo(400);
        assertThat(unknownKind.body()).contains("BAD_USER_INPUT").contains("MemberState");

        HttpResponse<String> unknownId = ExportHttp.get(port, "/export/nodes.csv?around=org:ion");
        assertThat(unknownId.statusCode()).isEqualTo(400);
        assertThat(unknownId.body()).contains("org:iom");

        assertThat(ExportHttp.get(port, "/export/nodes.csv?around=org:iom&depth=3").body()).contains("1 or 2");
        assertThat(ExportHttp.get(port, "/export/nodes.csv?around=org:iom&depth=two").statusCode()).isEqualTo(400);
        assertThat(ExportHttp.get(port, "/export/nodes.csv?kind=MemberState&type=ATTENDED").body()).contains("at most one");
    }

    @Test
    void theIndexListsTheFilesAndTheContextIsJsonLd() {
        HttpResponse<String> index = ExportHttp.get(port, "/export");
        assertThat(index.body()).contains("nodes.csv", "edges.csv", "graph.graphml", "cytoscape.json", "graph.jsonld", "graph.cypher");
        HttpResponse<String> context = ExportHttp.get(port, "/export/context.jsonld");
        assertThat(context.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        assertThat(context.body()).contains("\"@context\"", "https://schema.org/", "\"@vocab\"");
    }

    @Test
    void anEntitysIriLeadsToItsPageInTheExplorer() {
        HttpResponse<String> iri = ExportHttp.get(port, "/id/state:PHL");
        assertThat(iri.statusCode()).isEqualTo(303);
        assertThat(iri.headers().firstValue("Location").orElseThrow()).endsWith("/?id=state:PHL");
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }
}
