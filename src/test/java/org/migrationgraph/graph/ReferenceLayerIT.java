package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;

/**
 * The reference layer against the project's own expected lists (src/test/resources/expected),
 * compiled from the UN Member States list, ISO 3166-1 and UN M49.
 */
class ReferenceLayerIT extends GraphIntegrationTest {

    private static List<List<String>> csv(String name) throws IOException {
        try (InputStream in = ReferenceLayerIT.class.getResourceAsStream("/expected/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> List.of(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)))
                    .map(cells -> cells.stream().map(c -> c.replace("\"", "")).toList())
                    .toList();
        }
    }

    @Test
    void shouldHoldExactlyThe193MemberStatesWithTheirIsoAndM49Codes() throws IOException {
        Map<String, List<String>> expected = csv("member-states-m49.csv").stream()
                .collect(Collectors.toMap(r -> r.get(0), r -> r));
        var actual = cypher("""
                MATCH (s:MemberState)-[:MEMBER_OF]->(:Entity {id: 'org:un'})
                RETURN s.iso3 AS iso3, s.iso2 AS iso2, s.m49 AS m49, s.name AS name, s.id AS id
                """);
        assertThat(expected).hasSize(193);
        assertThat(actual).hasSize(193);
        assertThat(cypher("MATCH (s:MemberState) RETURN count(s) AS n").get(0).get("n")).isEqualTo(193L);
        for (var row : actual) {
            List<String> want = expected.get(row.get("iso3"));
            assertThat(want).as("expected entry for %s", row.get("iso3")).isNotNull();
            assertThat(List.of(row.get("iso2"), row.get("m49"), row.get("name"))).containsExactly(want.get(1), want.get(2), want.get(3));
            assertThat(row.get("id")).isEqualTo("state:" + want.get(0));
        }
    }

    @Test
    void shouldPlaceEveryMemberStateInItsM49RegionSubRegionAndIntermediateRegion() throws IOException {
        var actual = cypher("""
                MATCH (s:MemberState)-[:IN_REGION]->(first:Region)
                OPTIONAL MATCH (first)-[:PART_OF]->(second:Region)
                OPTIONAL MATCH (second)-[:PART_OF]->(third:Region)
                RETURN s.iso3 AS iso3, [r IN [first, second, third] WHERE r IS NOT NULL | r.name] AS chain
                """).stream().collect(Collectors.toMap(r -> (String) r.get("iso3"), r -> (List<?>) r.get("chain")));
        for (List<String> row : csv("member-states-m49.csv")) {
            List<String> chain = row.get(6).isEmpty() ? List.of(row.get(5), row.get(4)) : List.of(row.get(6), row.get(5), row.get(4));
            assertThat(actual.get(row.get(0))).as("regions of %s", row.get(0)).isEqualTo(chain);
        }
    }

    @Test
    void shouldMakeNoNonMemberEntityAMemberState() throws IOException {
        List<String> nonMembers = csv("non-member-iso-codes.csv").stream().map(r -> r.get(0)).toList();
        assertThat(nonMembers).contains("VAT", "PSE", "COK", "NIU");
        assertThat(cypher("MATCH (s:MemberState) WHERE s.iso3 IN $codes RETURN s.iso3", Map.of("codes", nonMembers))).isEmpty();
        assertThat(cypher("MATCH (s:ObserverState) WHERE NOT s:MemberState AND NOT (s)-[:MEMBER_OF]->(:Entity {id: 'org:un'}) RETURN s.name AS name ORDER BY name"))
                .extracting(r -> r.get("name")).containsExactly("Holy See", "State of Palestine");
    }

    @Test
    void shouldHoldThe23GcmObjectivesAnd10GuidingPrinciples() {
        assertThat(cypher("MATCH (o:Objective)-[:PART_OF]->(:Framework {id: 'framework:gcm'}) RETURN o.number AS n ORDER BY n"))
                .extracting(r -> ((Number) r.get("n")).intValue())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 23).boxed().toList());
        assertThat(cypher("MATCH (p:Principle)-[:PART_OF]->(:Framework {id: 'framework:gcm'}) RETURN count(p) AS n").get(0).get("n")).isEqualTo(10L);
        assertThat(cypher("MATCH (o:Objective {id: 'objective:gcm-10'}) RETURN o.shortLabel AS label").get(0).get("label")).isEqualTo("Eradicate trafficking");
    }

    @Test
    void shouldHoldThe17SdgsAndTheMigrationTarget() {
        assertThat(cypher("MATCH (g:SdgGoal)-[:PART_OF]->(:Framework {id: 'framework:sdgs'})-[:PART_OF]->(:Framework {id: 'framework:2030-agenda'}) RETURN count(g) AS n")
                .get(0).get("n")).isEqualTo(17L);
        assertThat(cypher("MATCH (t:SdgTarget {number: '10.7'})-[:PART_OF]->(g:SdgGoal) RETURN g.number AS goal, t.description AS text").get(0))
                .containsEntry("goal", 10L)
                .extractingByKey("text").asString().startsWith("Facilitate orderly, safe, regular and responsible migration");
    }

    @Test
    void shouldRecordTheGcmAdoptionAndEndorsementAndTheGcr() {
        var rows = cypher("""
                MATCH (x)-[r:ADOPTED|ENDORSED|AFFIRMED]->(f:Framework) WHERE f.id IN ['framework:gcm', 'framework:gcr']
                RETURN f.id AS framework, type(r) AS act, r.date AS date, coalesce(r.resolution, x.place) AS detail
                ORDER BY date""");
        assertThat(rows).extracting(r -> r.get("framework") + " " + r.get("act") + " " + r.get("date") + " " + r.get("detail"))
                .containsExactly("framework:gcm ADOPTED 2018-12-10 Marrakech, Morocco",
                        "framework:gcr AFFIRMED 2018-12-17 A/RES/73/151",
                        "framework:gcm ENDORSED 2018-12-19 A/RES/73/195");
    }

    @Test
    void shouldNameTheFiveRegionalCommissionsAndTheFirstRoundOfRegionalReviews() {
        assertThat(cypher("MATCH (c:Organization)-[:MEMBER_OF]->(:Group {id: 'group:un-regional-commissions'}) RETURN c.aliases[0] AS a ORDER BY a"))
                .extracting(r -> r.get("a")).containsExactly("ECA", "ECE", "ECLAC", "ESCAP", "ESCWA");
        assertThat(cypher("""
                MATCH (m:Meeting)-[:MEETING_OF]->(:Initiative {id: 'initiative:gcm-regional-reviews-round-1'})
                RETURN m.date AS date ORDER BY date"""))
                .extracting(r -> r.get("date")).containsExactly("2020-11-12", "2021-02-24", "2021-03-10", "2021-04-26", "2021-08-31");
    }
}
