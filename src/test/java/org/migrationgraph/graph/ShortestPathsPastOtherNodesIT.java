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
                           (z)-[:SUPPORTS {id: 'r10'}]->(b)
                    """).consume();
        }
    }

    @AfterAll
    void stopDatabase() {
        neo4j.close();
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource(delimiter = ';', value = {
            // two hops through a paragraph that mentions both; three through t1 (not an entity) and through meeting:x
            "org:a; org:b; org:a meeting:x state:y org:b",
            // two hops through s1 (not an entity), joined by SUPPORTS: searched again, three among entities
            "org:c; org:d; org:c meeting:x state:y org:d",
            // the first case from its other end
            "org:b; org:a; org:b state:y meeting:x org:a"})
    void shouldFindOnlyPathsAmongEntities(String from, String to, String expected) {
        try (Session session = neo4j.driver().session()) {
            List<Object> nodes = session.run(PathRepository.statement(6, Projection.FULL, false),
                            PathRepository.parameters(from, to, null, 10, ValidTime.ALWAYS))
                    .list(r -> (Object) r.get("nodes").asList(n -> n.get("props").get("id").asString()));
            assertThat(nodes).containsExactly(List.of(expected.split(" ")));
        }
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource(delimiter = ';', value = {"org:a; org:b", "org:c; org:d", "org:b; org:a"})
    void shouldAnswerAsTheSearchWithEveryNodeChecked(String from, String to) {
        try (Session session = neo4j.driver().session()) {
            Map<String, Object> parameters = PathRepository.parameters(from, to, null, 10, ValidTime.ALWAYS);
            List<Object> answered = session.run(PathRepository.statement(6, Projection.FULL, false), parameters)
                    .list(r -> (Object) r.get("edges").asList(e -> e.get("props").get("id").asString()));
            List<Object> checked = session.run("""
                    MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
                    MATCH p = allShortestPaths((a)-[*..6]-(b)) WHERE all(x IN nodes(p) WHERE x:Entity)
                    WITH p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | r.id]
                    RETURN [r IN relationships(p) | r.id] AS edges""", parameters).list(r -> (Object) r.get("edges").asList(e -> e.asString()));
            assertThat(answered).isNotEmpty().isEqualTo(checked);
        }
    }
}
