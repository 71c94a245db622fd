package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.testsupport.QueryPlans;
import org.migrationgraph.testsupport.TestNeo4j;
import org.migrationgraph.validtime.ValidTime;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * A network's members are the first entities of its kinds in id order, found without sorting and
 * collecting every one: 5,000 statements, 300 documents whose ids come first, and 5 Member States.
 * The same members as sorting them all, and only as many collected as the limit and one more
 * (before, every entity of the kinds was sorted and collected: 2.2 s and 10 million database hits
 * for the explorer's default kinds at a million entities).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkMembersWorkIT {

    private TestNeo4j neo4j;

    @BeforeAll
    void startDatabase() {
        neo4j = TestNeo4j.start("network-members-work");
        try (Session session = neo4j.driver().session()) {
            session.run("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE").consume();
            session.run("UNWIND range(1, 5000) AS i CREATE (:Entity:Statement {id: 'statement:' + i, name: 'S' + i})").consume();
            session.run("UNWIND range(1, 300) AS i CREATE (:Entity:Document {id: 'doc:' + i, name: 'D' + i})").consume();
            session.run("UNWIND range(1, 5) AS i CREATE (:Entity:MemberState {id: 'state:' + i, name: 'State ' + i})").consume();
            session.run("MATCH (n:Entity {id: 'state:1'}) SET n:Statement").consume(); // one entity of two listed kinds
            session.run("CALL db.awaitIndexes(60)").consume();
        }
    }

    @AfterAll
    void stopDatabase() {
        neo4j.close();
    }

    @ParameterizedTest(name = "kinds {0}, limit {1}")
    @CsvSource(delimiter = ';', value = {"Statement,MemberState; 100", "MemberState; 100", "; 100", "Statement; 20000"})
    void shouldTakeTheFirstMembersInIdOrderCollectingNoMore(String kindList, int limit) {
        List<String> kinds = kindList == null ? null : Arrays.asList(kindList.split(","));
        try (Session session = neo4j.driver().session()) {
            List<String> sorted = session.run("MATCH (n:Entity) WHERE $kinds IS NULL OR any(k IN $kinds WHERE k IN labels(n)) "
                    + "RETURN n.id AS id ORDER BY id", Collections.singletonMap("kinds", kinds)).list(r -> r.get("id").asString());
            var result = session.run("PROFILE " + SubgraphRepository.networkStatement(kinds, false, Projection.FULL, false, false),
                    parameters(kinds, limit));
            Record row = result.single();
            assertThat(row.get("nodes").asList(node -> node.get("props").get("id").asString()))
                    .isEqualTo(sorted.subList(0, Math.min(limit, sorted.size())));
            assertThat(row.get("truncated").asBoolean()).isEqualTo(sorted.size() > limit);
            ProfiledPlan plan = result.consume().profile();
            // Which way Neo4j reads them depends on its estimates; either way only the first are kept, not every one sorted.
            assertThat(collected(plan)).as("rows collected as members " + describe(plan, "")).isLessThanOrEqualTo(limit + 1);
            assertThat(QueryPlans.operators(plan)).noneMatch(operator -> operator.startsWith("Sort"));
        }
    }

    @ParameterizedTest
    @CsvSource({"false", "true"})
    void shouldHaveNoMembersForNoKinds(boolean edges) {
        try (Session session = neo4j.driver().session()) {
            Record row = session.run(SubgraphRepository.networkStatement(List.of(), edges, Projection.FULL, false, false),
                    parameters(List.of(), 100)).single();
            assertThat(row.get("nodes").asList()).isEmpty();
            assertThat(row.get("truncated").asBoolean()).isFalse();
        }
    }

    /** The rows into the aggregation that collects the members. */
    private static long collected(ProfiledPlan plan) {
        if (plan.operatorType().startsWith("EagerAggregation") && String.valueOf(plan.arguments().get("Details")).contains("collect(n)")) {
            return plan.children().get(0).records();
        }
        return plan.children().stream().mapToLong(NetworkMembersWorkIT::collected).max().orElse(-1);
    }

    private static String describe(ProfiledPlan plan, String indent) {
        StringBuilder text = new StringBuilder("\n" + indent + plan.operatorType() + " rows=" + plan.records() + " " + plan.arguments().get("Details"));
        plan.children().forEach(child -> text.append(describe(child, indent + "  ")));
        return text.toString();
    }

    private static Map<String, Object> parameters(List<String> kinds, int limit) {
        return ValidTime.ALWAYS.with(SubgraphRepository.networkParameters(kinds, null, limit));
    }
}
