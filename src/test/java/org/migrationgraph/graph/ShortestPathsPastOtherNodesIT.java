package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.testsupport.TestNeo4j;
import org.migrationgraph.validtime.ValidTime;
import org.neo4j.driver.Session;

/**
 * Over the whole graph the search beyond two hops checks relation types, not every node's label
 * (PathRepository.SEARCH_BY_RELATIONS), and still never passes through a node that is not an
 * entity: between two entities three hops apart there are also two-hop ways through a paragraph
 * (the types left out), through a node of another label joined by relations of an entity type
 * (dropped from what the search found, then searched again with every node checked), and a
 * three-hop way through such a node beside the ones among entities (dropped, the others kept).
 * Each case is asked with the relation types named in the search (all of the store's declared),
 * with none declared (each relation checked), and with one of the store's types left undeclared
 * (the store is checked first, and each relation checked then too).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShortestPathsPastOtherNodesIT {

    private TestNeo4j neo4j;

    @BeforeAll
    void startDatabase() {
        neo4j = TestNeo4j.start("shortest-paths-past-other-nodes");
        try (Session session = neo4j.driver().session()) {
            session.run("""
                    CREATE (a:Entity:Organization {id: 'org:a', name: 'A'}), (x:Entity:Meeting {id: 'meeting:x', name: 'X'}),
                           (y:Entity:MemberState {id: 'state:y', name: 'Y'}), (b:Entity:Organization {id: 'org:b', name: 'B'}),
                           (c:Entity:Organization {id: 'org:c', name: 'C'}), (d:Entity:Organization {id: 'org:d', name: 'D'}),
                           (a)-[:ATTENDED {id: 'r1'}]->(x), (y)-[:ATTENDED {id: 'r2'}]->(x), (y)-[:MEMBER_OF {id: 'r3'}]->(b),
                           (p:Paragraph {id: 'p1'})-[:MENTIONS]->(a), (p)-[:MENTIONS]->(b),
                           (c)-[:ATTENDED {id: 'r4'}]->(x), (c)-[:SUPPORTS {id: 'r5'}]->(s:Scratch {id: 's1'}), (s)-[:SUPPORTS {id: 'r6'}]->(d),
                           (y)-[:MEMBER_OF {id: 'r7'}]->(d),
                           (a)-[:SUPPORTS {id: 'r8'}]->(t:Scratch {id: 't1'}), (t)-[:SUPPORTS {id: 'r9'}]->(z:Entity:Initiative {id: 'initiative:z', name: 'Z'}),
                           (z)-[:SUPPORTS {id: 'r10'}]->(b),
                           (e:Entity:Organization {id: 'org:e', name: 'E'}), (f:Entity:Organization {id: 'org:f', name: 'F'}),
                           (g:Entity:Organization {id: 'org:g', name: 'G'}),
                           (e)-[:ATTENDED {id: 'r11'}]->(m1:Entity:Meeting {id: 'meeting:m1', name: 'M1'}), (g)-[:ATTENDED {id: 'r12'}]->(m1),
                           (g)-[:ATTENDED {id: 'r13'}]->(m2:Entity:Meeting {id: 'meeting:m2', name: 'M2'}), (f)-[:ATTENDED {id: 'r14'}]->(m2),
                           (e)-[:MEMBER_OF {id: 'r15'}]->(u1:Entity:Organization {id: 'org:u1', name: 'U1'}),
                           (u1)-[:MEMBER_OF {id: 'r16'}]->(u2:Entity:Organization {id: 'org:u2', name: 'U2'}), (u2)-[:MEMBER_OF {id: 'r17'}]->(f)
                    """).consume();
        }
    }

    @AfterAll
    void stopDatabase() {
        neo4j.close();
    }

    /** The declared relation types each case is asked with: all of the store's, none, and all but one. */
    private static final List<List<String>> DECLARED = List.of(List.of("ATTENDED", "MEMBER_OF", "SUPPORTS"), List.of(),
            List.of("ATTENDED", "SUPPORTS"));

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource(delimiter = ';', value = {
            // two hops through a paragraph that mentions both; three through t1 (not an entity) and through meeting:x
            "org:a; org:b; org:a meeting:x state:y org:b",
            // two hops through s1 (not an entity), joined by SUPPORTS: searched again, three among entities
            "org:c; org:d; org:c meeting:x state:y org:d",
            // the first case from its other end
            "org:b; org:a; org:b state:y meeting:x org:a",
            // three hops by MEMBER_OF, four by ATTENDED: a search of the declared types alone, with
            // MEMBER_OF undeclared, would answer the four
            "org:e; org:f; org:e org:u1 org:u2 org:f"})
    void shouldFindOnlyPathsAmongEntities(String from, String to, String expected) {
        for (List<String> declared : DECLARED) {
            try (Session session = neo4j.driver().session()) {
                List<Object> nodes = session.run(PathRepository.statement(6, Projection.FULL, false, declared),
                                PathRepository.parameters(from, to, null, 10, ValidTime.ALWAYS))
                        .list(r -> (Object) r.get("nodes").asList(n -> n.get("props").get("id").asString()));
                assertThat(nodes).as("declared %s", declared).containsExactly(List.of(expected.split(" ")));
            }
        }
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource(delimiter = ';', value = {"org:a; org:b", "org:c; org:d", "org:b; org:a", "org:e; org:f"})
    void shouldAnswerAsTheSearchWithEveryNodeChecked(String from, String to) {
        for (List<String> declared : DECLARED) {
            assertThat(answered(from, to, declared)).as("declared %s", declared).isNotEmpty().isEqualTo(checked(from, to));
        }
    }

    private List<Object> answered(String from, String to, List<String> declared) {
        try (Session session = neo4j.driver().session()) {
            return session.run(PathRepository.statement(6, Projection.FULL, false, declared),
                            PathRepository.parameters(from, to, null, 10, ValidTime.ALWAYS))
                    .list(r -> (Object) r.get("edges").asList(e -> e.get("props").get("id").asString()));
        }
    }

    private List<Object> checked(String from, String to) {
        try (Session session = neo4j.driver().session()) {
            Map<String, Object> parameters = PathRepository.parameters(from, to, null, 10, ValidTime.ALWAYS);
            return session.run("""
                    MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
                    MATCH p = allShortestPaths((a)-[*..6]-(b)) WHERE all(x IN nodes(p) WHERE x:Entity)
                    WITH p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | r.id]
                    RETURN [r IN relationships(p) | r.id] AS edges""", parameters).list(r -> (Object) r.get("edges").asList(e -> e.asString()));
        }
    }
}
