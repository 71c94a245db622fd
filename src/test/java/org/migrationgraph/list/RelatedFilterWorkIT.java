package org.migrationgraph.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.seed.BulkWrites;
import org.migrationgraph.testsupport.TestNeo4j;
import org.migrationgraph.validtime.ValidTime;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * A related filter reads only the asked type's relationships of each entity it checks: five
 * States with 500 relations each, three of them coordinating with an organization that has more.
 * With the type as a parameter, each check read all of a State's relations (at a million
 * entities, 701,361 database hits for the organizations coordinating with the Network, against
 * 43,330).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelatedFilterWorkIT {

    private TestNeo4j neo4j;

    @BeforeAll
    void startDatabase() {
        neo4j = TestNeo4j.start("related-filter-work");
        try (Session session = neo4j.driver().session()) {
            session.run("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE").consume();
            session.run("UNWIND range(1, 5) AS i CREATE (n:Entity:MemberState {id: 'state:' + i, name: 'State ' + i})\n"
                    + BulkWrites.DERIVE_ENTITY).consume();
            // Each State has 500 relations and the organization 2,503: a check of a pair starts from the State.
            session.run("""
                    CREATE (o:Entity:Organization {id: 'org:hub', name: 'Hub'}) WITH o
                    MATCH (s:MemberState) WITH o, collect(s) AS states
                    UNWIND range(0, 4999) AS i
                    WITH CASE WHEN i < 2500 THEN states[i % 5] ELSE o END AS concerned, i
                    CREATE (:Entity:Statement {id: 'statement:' + i, name: 'S' + i})-[:CONCERNS]->(concerned)
                    """).consume();
            session.run("""
                    MATCH (o:Organization {id: 'org:hub'}), (s:MemberState) WHERE s.id IN ['state:1', 'state:2', 'state:3']
                    CREATE (s)-[:COORDINATES]->(o)
                    """).consume();
            session.run("CALL db.awaitIndexes(60)").consume();
        }
    }

    private static long expansionHits(ProfiledPlan plan) {
        long own = plan.operatorType().startsWith("Expand") ? plan.dbHits() : 0;
        return own + plan.children().stream().mapToLong(RelatedFilterWorkIT::expansionHits).sum();
    }

    @AfterAll
    void stopDatabase() {
        neo4j.close();
    }

    @Test
    void shouldCheckARelatedFilterOnTheAskedTypeOnly() {
        Condition related = WhereCompiler.compile(Map.of("related", Map.of("type", "COORDINATES", "id", "org:hub")));
        ListQuery query = new ListQuery("MemberState", related, List.of(), 20, 0, ValidTime.ALWAYS, null);
        Map<String, Object> parameters = new HashMap<>(ListRepository.parameters(query));
        parameters.put("skip", 0);
        parameters.put("limit", 21);
        try (Session session = neo4j.driver().session()) {
            var result = session.run("PROFILE " + ListRepository.pageStatement(query, Projection.FULL), parameters);
            assertThat(result.list(r -> r.get("props").get("id").asString())).containsExactly("state:1", "state:2", "state:3");
            ProfiledPlan plan = result.consume().profile();
            // Where Neo4j starts from differs between runs on a new database; the expansions are what the type bounds.
            assertThat(expansionHits(plan)).as("database hits expanding five States of 500 relations each").isLessThan(500);
        }
    }
}
