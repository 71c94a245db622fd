package org.migrationgraph.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.migrationgraph.testsupport.TestNeo4j;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * Interlocks rank on counts alone and read only the few listed in full: two busy States sharing
 * 3,000 meetings, and small ones sharing a few each. The counts and the order are those a count by
 * hand gives, ties by id; each listed neighbour is shared, once, with the lowest relation id of
 * each side.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterlocksWorkIT {

    private static final List<String> TYPES = List.of("ATTENDED", "SPOKE_AT");

    private TestNeo4j neo4j;

    @BeforeAll
    void startDatabase() {
        neo4j = TestNeo4j.start("interlocks-work");
        try (Session session = neo4j.driver().session()) {
            session.run("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE").consume();
            session.run("""
                    CREATE (:Entity:MemberState {id: 'state:A', name: 'A'}), (:Entity:MemberState {id: 'state:B', name: 'B'})
                    WITH 1 AS one
                    UNWIND range(1, 3000) AS i
                    MATCH (a:Entity {id: 'state:A'}), (b:Entity {id: 'state:B'})
                    CREATE (m:Entity:Meeting {id: 'meeting:' + i, name: 'Meeting ' + i})
                    CREATE (a)-[:ATTENDED {id: 'a-' + i}]->(m), (b)-[:ATTENDED {id: 'b-' + i}]->(m)
                    """).consume();
            // A second relation to some shared meetings: each must still count once.
            session.run("""
                    MATCH (b:Entity {id: 'state:B'}), (m:Meeting) WHERE toInteger(substring(m.id, 8)) % 100 = 0
                    CREATE (b)-[:SPOKE_AT {id: 'b-spoke-' + m.id}]->(m)
                    """).consume();
            // Small States sharing a few meetings each; C and D tie.
            session.run("""
                    UNWIND [['state:C', 3], ['state:D', 3], ['state:E', 5], ['state:F', 1]] AS small
                    CREATE (s:Entity:MemberState {id: small[0], name: small[0]})
                    WITH s, small
                    MATCH (m:Meeting) WHERE toInteger(substring(m.id, 8)) <= small[1]
                    CREATE (s)-[:ATTENDED {id: small[0] + '-' + m.id}]->(m)
                    """).consume();
            // A relation of a type not asked for: it shares nothing.
            session.run("""
                    MATCH (a:Entity {id: 'state:A'}) CREATE (a)-[:MEMBER_OF {id: 'a-un'}]->(:Entity:Organization {id: 'org:un', name: 'UN'})
                    """).consume();
        }
    }

    @AfterAll
    void stopDatabase() {
        neo4j.close();
    }

    @Test
    void shouldRankAsACountByHandWouldAndListSharedNeighboursInIdOrder() {
        try (Session session = neo4j.driver().session()) {
            List<Map<String, Object>> byHand = session.run("""
                    MATCH (a:Entity {id: 'state:A'})-[r1]-(s:Entity)-[r2]-(o:Entity)
                    WHERE o <> a AND s <> a AND type(r1) IN $types AND type(r2) IN $types
                    RETURN o.id AS id, count(DISTINCT s) AS shared ORDER BY shared DESC, id LIMIT 4""", Map.of("types", TYPES))
                    .list(r -> Map.<String, Object>of("id", r.get("id").asString(), "shared", r.get("shared").asInt()));
            assertThat(byHand).extracting(m -> m.get("id")).containsExactly("state:B", "state:E", "state:C", "state:D");

            List<Record> rows = session.run(AnalyticsRepository.INTERLOCKS, AnalyticsRepository.interlockParameters("state:A", null, TYPES, 4, 20))
                    .list();

            assertThat(rows).extracting(r -> Map.<String, Object>of("id", r.get("other").get("id").asString(), "shared", r.get("sharedCount").asInt()))
                    .isEqualTo(byHand);
            for (Record row : rows) {
                String other = row.get("other").get("id").asString();
                List<Value> via = row.get("via").asList(v -> v);
                assertThat(via).hasSize(Math.min(20, row.get("sharedCount").asInt()));
                assertThat(via).extracting(v -> v.get("shared").get("id").asString()).doesNotHaveDuplicates()
                        .isSortedAccordingTo(Comparator.naturalOrder());
                for (Value shared : via) {
                    String meeting = shared.get("shared").get("id").asString();
                    assertThat(shared.get("mine").get("props").get("id").asString()).isEqualTo("a-" + meeting.substring(8));
                    assertThat(shared.get("theirs").get("from").asString()).isEqualTo(other);
                    assertThat(shared.get("theirs").get("to").asString()).isEqualTo(meeting);
                    assertThat(shared.get("theirs").get("props").get("id").asString()).as("the lowest relation id of the other side")
                            .isEqualTo(session.run("MATCH (:Entity {id: $o})-[r]-(:Entity {id: $m}) RETURN min(r.id) AS id",
                                    Map.of("o", other, "m", meeting)).single().get("id").asString());
                }
            }
        }
    }
}
