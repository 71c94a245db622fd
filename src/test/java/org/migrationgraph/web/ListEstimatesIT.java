package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;

/**
 * The cost model's estimates for unsized lists are not wishful: each is at least the longest
 * such list in the graph, so a query's cost never understates what it may read today.
 */
class ListEstimatesIT extends GraphIntegrationTest {

    private static final Map<String, String> LONGEST = Map.of(
            "mentionedIn", "MATCH (:Paragraph)-[:MENTIONS]->(e:Entity) WITH e, count(*) AS n RETURN max(n)",
            "mentions", "MATCH (p:Paragraph)-[:MENTIONS]->(:Entity) WITH p, count(*) AS n RETURN max(n)",
            "facts", "MATCH (:Entity)-[r]->(:Entity) UNWIND coalesce(r.citedParagraphs, []) AS p WITH p, count(*) AS n RETURN max(n)",
            "paragraphs", "MATCH (d:Entity)-[:HAS_PARAGRAPH]->(:Paragraph) WITH d, count(*) AS n RETURN max(n)",
            "citations", """
                    MATCH (x) WHERE x:Entity OR x:Reference
                    RETURN max(size(coalesce(x.citedParagraphs, [])) + size(coalesce(x.citedReferences, [])))""",
            "speakers", "MATCH (s)-[:TOOK_THE_FLOOR_AT|DELIVERED_REMARKS_AT]->(m:Meeting) WITH m, count(DISTINCT s) AS n RETURN max(n)",
            "statements", "MATCH (s:Statement)-[:MADE_AT|ADOPTED]-(m:Meeting) WITH m, count(DISTINCT s) AS n RETURN max(n)",
            "objectives", "MATCH (o:Objective)-[:PART_OF]->(f:Framework) WITH f, count(DISTINCT o) AS n RETURN max(n)");

    @Test
    void shouldEstimateEveryUnsizedListAtLeastAsLongAsTheLongestInTheGraph() {
        assertThat(QueryLimits.LIST_ESTIMATES).containsOnlyKeys(LONGEST.keySet());
        assertSoftly(softly -> LONGEST.forEach((field, cypher) -> {
            long longest = ((Number) cypher(cypher).get(0).values().iterator().next()).longValue();
            softly.assertThat(QueryLimits.LIST_ESTIMATES.get(field)).as("%s (longest in the graph: %d)", field, longest)
                    .isGreaterThanOrEqualTo((int) longest);
        }));
    }

    @Test
    void shouldEstimateRelationshipCitationsAtLeastAsLongAsTheLongest() {
        long longest = ((Number) cypher("""
                MATCH ()-[r]->() RETURN max(size(coalesce(r.citedParagraphs, [])) + size(coalesce(r.citedReferences, []))) AS n""")
                .get(0).get("n")).longValue();
        assertThat(QueryLimits.LIST_ESTIMATES.get("citations")).as("longest: %d", longest).isGreaterThanOrEqualTo((int) longest);
    }
}
