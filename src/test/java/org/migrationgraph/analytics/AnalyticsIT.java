package org.migrationgraph.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;

/**
 * networkMetrics and interlocks on the seed, their figures checked against counts made by hand
 * in Cypher for three entities, and the vocabulary's structural relation types left out by default.
 */
class AnalyticsIT extends GraphIntegrationTest {

    private static final List<String> STRUCTURAL = List.of("IN_REGION", "MEMBER_OF", "PART_OF");

    private long cypherCount(String query, Map<String, Object> parameters) {
        return (Long) cypher(query, parameters).get(0).get("n");
    }

    @Test
    void theVocabularyMarksMembershipAndRegionsAsStructural() {
        List<String> structural = graphQl.document("{ vocabulary { relationTypes { name structural } } }").execute()
                .path("vocabulary.relationTypes[?(@.structural == true)].name").entityList(String.class).get();
        assertThat(structural).containsExactlyInAnyOrderElementsOf(STRUCTURAL);
    }

    @Test
    void degreeCountsTheNonStructuralRelationsOfEachEntityAsCypherDoes() {
        Map<String, Object> metrics = graphQl.document("""
                { networkMetrics(orderBy: DEGREE, first: 500) { entities relations communities leftOut
                    nodes { entity { id } degree betweenness pageRank community } } }""")
                .execute().path("networkMetrics").entity(Map.class).get();

        assertThat((List<String>) metrics.get("leftOut")).containsAll(STRUCTURAL);
        long relations = cypherCount("MATCH (:Entity)-[r]->(:Entity) WHERE NOT type(r) IN $structural RETURN count(r) AS n",
                Map.of("structural", STRUCTURAL));
        assertThat(((Number) metrics.get("relations")).longValue()).isEqualTo(relations);
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) metrics.get("nodes");
        for (String id : List.of("org:iom", "org:network", "state:DEU")) {
            long degree = cypherCount("""
                    MATCH (n:Entity {id: $id})-[r]-(m:Entity) WHERE NOT type(r) IN $structural AND m <> n RETURN count(r) AS n
                    """, Map.of("id", id, "structural", STRUCTURAL));
            Map<String, Object> node = nodes.stream().filter(n -> ((Map<?, ?>) n.get("entity")).get("id").equals(id)).findFirst().orElseThrow();
            assertThat(((Number) node.get("degree")).longValue()).as(id).isEqualTo(degree);
        }
        assertThat(((Number) nodes.get(0).get("degree")).intValue()).isGreaterThanOrEqualTo(((Number) nodes.get(1).get("degree")).intValue());
        assertThat(((Number) metrics.get("communities")).intValue()).isPositive();
    }

    @Test
    void includingStructuralTypesCountsEveryRelation() {
        int relations = graphQl.document("{ networkMetrics(includeStructural: true, first: 1) { relations leftOut } }").execute()
                .path("networkMetrics.relations").entity(Integer.class).get();
        int all = graphQl.document("{ stats { relations } }").execute().path("stats.relations").entity(Integer.class).get();
        assertThat(relations).isEqualTo(all);
    }

    @Test
    void interlocksAreTheEntitiesSharingTheMostNeighboursEachSharedOneCited() {
        List<Map<String, Object>> interlocks = graphQl.document("""
                { interlocks(id: "state:DEU", kinds: ["MemberState"], first: 5) { entity { id } sharedCount
                    shared { neighbour { id } relation { type from to citations { quote } } otherRelation { type from citations { quote } } } } }""")
                .execute().path("interlocks").entityList(Map.class).get().stream().map(m -> (Map<String, Object>) m).toList();

        assertThat(interlocks).isNotEmpty();
        Map<String, Object> top = interlocks.get(0);
        String other = (String) ((Map<?, ?>) top.get("entity")).get("id");
        long shared = cypherCount("""
                MATCH (a:Entity {id: 'state:DEU'})-[r1]-(s:Entity)-[r2]-(b:Entity {id: $other})
                WHERE NOT type(r1) IN $structural AND NOT type(r2) IN $structural AND s <> a AND s <> b
                RETURN count(DISTINCT s) AS n""", Map.of("other", other, "structural", STRUCTURAL));
        assertThat(((Number) top.get("sharedCount")).longValue()).isEqualTo(shared).isPositive();
        List<Map<String, Object>> via = (List<Map<String, Object>>) top.get("shared");
        assertThat(via).allSatisfy(s -> {
            assertThat((List<?>) ((Map<?, ?>) s.get("relation")).get("citations")).isNotEmpty();
            assertThat((List<?>) ((Map<?, ?>) s.get("otherRelation")).get("citations")).isNotEmpty();
        });
        assertThat(interlocks).extracting(i -> ((Number) i.get("sharedCount")).intValue()).isSortedAccordingTo((x, y) -> y - x);
    }

    @Test
    void aDrawnNetworkCarriesEachNodesMetricsWithinItself() {
        Map<String, Object> network = graphQl.document("""
                { network(kinds: ["Organization", "Initiative"]) { nodes { id } edges { source target }
                    metrics { entity { id } degree betweenness pageRank community } } }""")
                .execute().path("network").entity(Map.class).get();
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) network.get("nodes");
        List<Map<String, Object>> edges = (List<Map<String, Object>>) network.get("edges");
        List<Map<String, Object>> metrics = (List<Map<String, Object>>) network.get("metrics");

        assertThat(metrics).hasSameSizeAs(nodes);
        for (Map<String, Object> m : metrics) {
            String id = (String) ((Map<?, ?>) m.get("entity")).get("id");
            long incident = edges.stream().filter(e -> !e.get("source").equals(e.get("target")))
                    .filter(e -> id.equals(e.get("source")) || id.equals(e.get("target"))).count();
            assertThat(((Number) m.get("degree")).longValue()).as(id).isEqualTo(incident);
        }
        assertThat(metrics).extracting(m -> ((Number) m.get("pageRank")).doubleValue()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void statsNameTheMostCentralEntitiesAsNetworkMetricsRanksThem() {
        List<String> mostCentral = graphQl.document("{ stats { mostCentral(by: DEGREE, first: 3) { entity { id } } } }").execute()
                .path("stats.mostCentral[*].entity.id").entityList(String.class).get();
        List<String> ranked = graphQl.document("{ networkMetrics(orderBy: DEGREE, first: 3) { nodes { entity { id } } } }").execute()
                .path("networkMetrics.nodes[*].entity.id").entityList(String.class).get();
        assertThat(mostCentral).hasSize(3).isEqualTo(ranked);
    }

    @Test
    void badArgumentsAreRefused() {
        graphQl.document("{ networkMetrics(first: 0) { entities } }").execute().errors()
                .expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))).verify();
        graphQl.document("{ interlocks(id: \"state:QQQ\") { sharedCount } }").execute().errors()
                .expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))).verify();
    }
}
