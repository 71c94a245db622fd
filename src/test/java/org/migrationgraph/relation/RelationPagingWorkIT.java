package org.migrationgraph.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.testsupport.QueryPlans;
import org.migrationgraph.testsupport.TestNeo4j;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * Paging through a hub's 20,000 relations costs the same at page 750 as at page 1 (scale issue):
 * PROFILE the statement the API runs, and the rows through the plan for the page after the
 * 15,000th relation are no more than for the first page, where an offset keeps and then drops the
 * 15,000 relations before the page (15,000 more rows, and a sort holding them).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationPagingWorkIT {

    private TestNeo4j neo4j;

    @BeforeAll
    void startDatabase() {
        neo4j = TestNeo4j.start("relation-paging-work");
        try (Session session = neo4j.driver().session()) {
            session.run("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE").consume();
            session.run("""
                    CREATE (h:Entity:Framework {id: 'framework:hub', name: 'Hub'})
                    WITH h UNWIND range(1, 20000) AS i
                    CREATE (:Entity:Statement {id: 'statement:' + i, name: 'Statement ' + i})-[:CONCERNS {id: 'statement:' + i + '-CONCERNS->framework:hub'}]->(h)
                    """).consume();
        }
    }

    @AfterAll
    void stopDatabase() {
        neo4j.close();
    }

    @Test
    void shouldReadNoMoreForAPageDeepInAHubThanForTheFirst() {
        String deepId = (String) rowsOf(neo4j.driver(), "MATCH ()-[r:CONCERNS]->() WITH r.id AS id ORDER BY id SKIP 14999 LIMIT 1 RETURN id");
        long first = rows(RelationCursor.after(null), false);
        long deep = rows(RelationCursor.after(RelationCursor.encode("CONCERNS", deepId)), false);
        long offset = rows(new RelationCursor(null, null, 15_000), false);

        assertThat(deep).as("rows through the plan at page 750 against page 1").isLessThanOrEqualTo(first);
        assertThat(offset).as("what an offset cursor (still read, from before keyset paging) costs there").isGreaterThan(first + 14_000);
    }

    @Test
    void shouldReadTheHubsRelationsOnceMoreOnlyWhenTotalCountIsAskedFor() {
        long page = rows(RelationCursor.after(null), false);
        long counted = rows(RelationCursor.after(null), true);

        assertThat(counted - page).as("the count's rows").isGreaterThanOrEqualTo(20_000);
    }

    private long rows(RelationCursor after, boolean counted) {
        RelationFilter filter = new RelationFilter(null, null, null, 20, after, Projection.FULL, counted, org.migrationgraph.validtime.ValidTime.ALWAYS, null);
        try (Session session = neo4j.driver().session()) {
            ProfiledPlan plan = session.run("PROFILE " + RelationRepository.pagesStatement(Projection.FULL, counted, false),
                    RelationRepository.parameters(filter, List.of("framework:hub"))).consume().profile();
            return QueryPlans.rows(plan);
        }
    }

    private static Object rowsOf(org.neo4j.driver.Driver driver, String cypher) {
        try (Session session = driver.session()) {
            return session.run(cypher, Map.of()).single().get(0).asObject();
        }
    }
}
