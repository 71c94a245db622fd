package org.migrationgraph.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.migrationgraph.testsupport.QueryPlans;
import org.migrationgraph.testsupport.TestNeo4j;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * The vocabulary's counts come from Neo4j's count store, one database hit per kind and type,
 * however large the graph: with dynamic labels they scanned every node and relationship once per
 * name, and at a million entities the vocabulary query ran out of its time on every request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VocabularyCountsWorkIT {

    private static final List<String> KINDS = List.of("Statement", "MemberState", "Odd`Kind", "Unused");
    private static final List<String> TYPES = List.of("CONCERNS", "MEMBER_OF", "NEVER_USED");

    private TestNeo4j neo4j;

    @BeforeAll
    void startDatabase() {
        neo4j = TestNeo4j.start("vocabulary-counts-work");
        try (Session session = neo4j.driver().session()) {
            session.run("""
                    UNWIND range(1, 3000) AS i
                    CREATE (:Entity:Statement {id: 'statement:' + i})
                    """).consume();
            session.run("""
                    UNWIND range(1, 5) AS i
                    CREATE (s:Entity:MemberState {id: 'state:' + i})
                    WITH s, i
                    MATCH (n:Statement) WHERE n.id STARTS WITH 'statement:' + i
                    CREATE (n)-[:CONCERNS]->(s)
                    """).consume();
            // A kind of two labels' entity, and a name that must be quoted to be one label.
            session.run("MATCH (s:MemberState {id: 'state:1'}) SET s:`Odd``Kind`").consume();
            session.run("MATCH (a:MemberState), (b:MemberState {id: 'state:2'}) WHERE a <> b CREATE (a)-[:MEMBER_OF]->(b)").consume();
        }
    }

    @AfterAll
    void stopDatabase() {
        neo4j.close();
    }

    @Test
    void shouldCountEachKindAndTypeFromTheCountStoreAsScanningWouldCount() {
        try (Session session = neo4j.driver().session()) {
            List<Integer> kinds = KINDS.stream().map(kind -> session.run("MATCH (n) WHERE $kind IN labels(n) RETURN count(n) AS c",
                    java.util.Map.of("kind", kind)).single().get("c").asInt()).toList();
            List<Integer> types = TYPES.stream().map(type -> session.run("MATCH ()-[r]->() WHERE type(r) = $type RETURN count(r) AS c",
                    java.util.Map.of("type", type)).single().get("c").asInt()).toList();
            assertThat(kinds).as("what the data holds, so that the comparison says something").containsExactly(3000, 5, 1, 0);
            assertThat(types).containsExactly(2556, 4, 0);

            var result = session.run("PROFILE " + VocabularyRepository.countStatement(KINDS, TYPES));
            var row = result.single();
            assertThat(row.get("kinds").asList(v -> v.asInt())).isEqualTo(kinds);
            assertThat(row.get("types").asList(v -> v.asInt())).isEqualTo(types);
            ProfiledPlan plan = result.consume().profile();
            assertThat(QueryPlans.dbHits(plan)).as("one hit per name").isLessThanOrEqualTo(KINDS.size() + TYPES.size());
            assertThat(QueryPlans.operators(plan)).noneMatch(operator -> operator.contains("Scan"));
        }
    }

    @Test
    void shouldAnswerEmptyListsForAnEmptyVocabulary() {
        try (Session session = neo4j.driver().session()) {
            var row = session.run(VocabularyRepository.countStatement(List.of(), List.of())).single();
            assertThat(row.get("kinds").asList()).isEmpty();
            assertThat(row.get("types").asList()).isEmpty();
        }
    }
}
