package org.migrationgraph.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.migrationgraph.testsupport.QueryPlans;
import org.migrationgraph.testsupport.TestNeo4j;
import org.migrationgraph.validtime.ValidTime;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * A list of one kind reads that kind's entities, not every entity (scale issue): among 5,000
 * statements, counting the 5 Member States touches about 5 nodes. Before, the kind was a dynamic
 * label, which Neo4j 5.26 plans as a filter over a scan of every entity (996,647 nodes read for
 * 193 Member States at a million entities).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListScanWorkIT {

    private TestNeo4j neo4j;

    @BeforeAll
    void startDatabase() {
        neo4j = TestNeo4j.start("list-scan-work");
        try (Session session = neo4j.driver().session()) {
            session.run("""
                    UNWIND range(1, 5000) AS i CREATE (:Entity:Statement {id: 'statement:' + i, name: 'Statement ' + i})
                    """).consume();
            session.run("""
                    UNWIND range(1, 5) AS i CREATE (:Entity:MemberState {id: 'state:' + i, name: 'State ' + i})
                    """).consume();
        }
    }

    @AfterAll
    void stopDatabase() {
        neo4j.close();
    }

    @Test
    void shouldReadOnlyTheEntitiesOfTheListedKind() {
        ListQuery query = new ListQuery("MemberState", new Condition("true", Map.of()), List.of(), 20, 0, ValidTime.ALWAYS, null);
        try (Session session = neo4j.driver().session()) {
            var result = session.run("PROFILE " + ListRepository.countStatement(query), ListRepository.parameters(query));
            assertThat(result.single().get("total").asInt()).isEqualTo(5);
            ProfiledPlan plan = result.consume().profile();
            assertThat(QueryPlans.dbHits(plan)).as("database hits for 5 of 5,005 entities").isLessThan(100);
        }
    }
}
