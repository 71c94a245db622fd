package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * What the graph questions cost as the graph grows (scale issue), from the plans of the very
 * statements the API runs. The neighbourhood's limit bounds its work: PROFILE it around and
 * through a hub of 2,000 and then 20,000 relations, and the database hits and rows stay the same
 * while the hub grows tenfold (the old statement enumerated every path first). Shortest paths
 * are found by the planner's bidirectional search (EXPLAIN shows the ShortestPath operator and
 * no exhaustive fallback).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphQueryWorkIT {

    /** The relation types the paths walk, as a vocabulary would declare them. */
    private static final java.util.List<String> WALKED = java.util.List.of("CONCERNS", "IMPLEMENTS", "SUPPORTS");

    private TestNeo4j neo4j;

    @BeforeAll
    void startDatabase() {
        neo4j = TestNeo4j.start("graph-query-work");
        try (Session session = neo4j.driver().session()) {
            session.run("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE").consume();
            session.run("""
                    CREATE (c:Entity:Organization {id: 'org:centre', name: 'Centre'}), (h:Entity:Framework {id: 'framework:hub', name: 'Hub'}),
                           (d:Entity:Organization {id: 'org:big-centre', name: 'Big centre'}), (b:Entity:Framework {id: 'framework:big-hub', name: 'Big hub'}),
                           (c)-[:SUPPORTS {id: 'org:centre-SUPPORTS->framework:hub'}]->(h),
                           (d)-[:SUPPORTS {id: 'org:big-centre-SUPPORTS->framework:big-hub'}]->(b)
                    """).consume();
            addLeaves(session, "framework:hub", 2_000);
            addLeaves(session, "framework:big-hub", 20_000);
            addWaysThrough(session, "org:reaching", "framework:hub", 30);
            addWaysThrough(session, "org:big-reaching", "framework:big-hub", 30);
        }
    }

    @AfterAll
    void stopDatabase() {
        neo4j.close();
    }

    @ParameterizedTest(name = "depth {0}, {1}, as of {2}")
    @CsvSource({"2, centred on the hub,", "2, passing through the hub,", "1, centred on the hub,", "3, passing through the hub,",
            "2, centred on the hub, 2021-01-01", "2, passing through the hub, 2021"})
    void shouldDoTheSameWorkWhetherTheHubHasTwoOrTwentyThousandRelations(int depth, String where, String asOf) {
        boolean centred = where.startsWith("centred");
        ValidTime time = ValidTime.of(asOf, null, null);
        Work small = profile(centred ? "framework:hub" : "org:centre", depth, time);
        Work large = profile(centred ? "framework:big-hub" : "org:big-centre", depth, time);

        assertThat(large.dbHits()).as("database hits, 20,000 against 2,000 relations").isLessThan((long) (small.dbHits() * 1.5) + 1_000);
        assertThat(large.rows()).as("rows through the plan").isLessThan((long) (small.rows() * 1.5) + 1_000);
        assertThat(large.dbHits()).as("bounded by the limit, not the hub").isLessThan(20_000);
    }

    private Work profile(String id, int depth, ValidTime time) {
        try (Session session = neo4j.driver().session()) {
            Map<String, Object> parameters = time.with(SubgraphRepository.neighbourhoodParameters(id, null, null, 200));
            ProfiledPlan plan = session.run("PROFILE " + SubgraphRepository.neighbourhoodStatement(depth, Projection.FULL, time.bound(), false), parameters)
                    .consume().profile();
            return new Work(QueryPlans.dbHits(plan), QueryPlans.rows(plan));
        }
    }

    /** Bound in time too: the window's predicates are on single nodes and relationships, so they stay inside the search. */
    @ParameterizedTest(name = "at most {0} hops, as of {1}")
    @CsvSource({"1,", "4,", "6,", "4, 2020-06", "6, 2019"})
    void shouldFindShortestPathsWithTheShortestPathOperatorAndNoExhaustiveFallback(int hops, String asOf) {
        try (Session session = neo4j.driver().session()) {
            ValidTime time = ValidTime.of(asOf, null, null);
            Map<String, Object> parameters = PathRepository.parameters("org:centre", "framework:big-hub", null, 10, time);
            org.neo4j.driver.summary.Plan plan = session.run("EXPLAIN " + PathRepository.statement(hops, Projection.FULL, time.bound(), WALKED), parameters)
                    .consume().plan();
            java.util.List<String> operators = QueryPlans.operators(plan);

            assertThat(operators).anyMatch(o -> o.startsWith("ShortestPath"));
            assertThat(operators).noneMatch(o -> o.contains("VarLengthExpand") || o.contains("AntiConditionalApply") || o.contains("StatefulShortestPath"));
        }
    }

    /**
     * Two hops from a hub, by thirty ways: allShortestPaths() completed the search's second level
     * on both sides, reading every relation of the hub. Now the single search finds the length,
     * and the ways are read from the end with fewer relations, whichever end the path starts from.
     */
    @ParameterizedTest(name = "from the {0}, as of {1}")
    @CsvSource({"entity,", "hub,", "entity, 2021", "hub, 2020-06"})
    void shouldFindThePathsBetweenAnEntityAndAHubWithoutReadingTheHub(String start, String asOf) {
        ValidTime time = ValidTime.of(asOf, null, null);
        boolean fromHub = start.equals("hub");
        Work small = profilePath(fromHub ? "framework:hub" : "org:reaching", fromHub ? "org:reaching" : "framework:hub", time);
        Work large = profilePath(fromHub ? "framework:big-hub" : "org:big-reaching", fromHub ? "org:big-reaching" : "framework:big-hub", time);

        assertThat(large.dbHits()).as("database hits, 20,000 against 2,000 relations").isLessThan((long) (small.dbHits() * 1.5) + 1_000);
        assertThat(large.dbHits()).as("bounded by the ways through, not the hub").isLessThan(5_000);
    }

    private Work profilePath(String from, String to, ValidTime time) {
        try (Session session = neo4j.driver().session()) {
            Map<String, Object> parameters = PathRepository.parameters(from, to, null, 1, time);
            ProfiledPlan plan = session.run("PROFILE " + PathRepository.statement(6, Projection.FULL, time.bound(), WALKED), parameters).consume().profile();
            assertThat(session.run(PathRepository.statement(6, Projection.FULL, time.bound(), WALKED), parameters).single().get("length").asInt())
                    .as("the path's length").isEqualTo(2);
            return new Work(QueryPlans.dbHits(plan), QueryPlans.rows(plan));
        }
    }

    private record Work(long dbHits, long rows) {
    }

    private static void addWaysThrough(Session session, String from, String hub, int ways) {
        session.run("""
                MATCH (h:Entity {id: $hub})
                CREATE (o:Entity:Organization {id: $from, name: $from})
                WITH h, o
                UNWIND range(1, $ways) AS i
                CREATE (o)-[:SUPPORTS {id: $from + '-s-' + i}]->(m:Entity:Initiative {id: $from + '-way-' + i, name: 'Way ' + i})-[:IMPLEMENTS {id: $from + '-i-' + i}]->(h)
                """, Map.of("from", from, "hub", hub, "ways", ways)).consume();
    }

    private static void addLeaves(Session session, String hub, int count) {
        session.run("""
                MATCH (h:Entity {id: $hub})
                UNWIND range(1, $count) AS i
                CREATE (s:Entity:Statement {id: $hub + '-statement-' + i, name: 'Statement ' + i})-[:CONCERNS {id: $hub + '-c-' + i}]->(h)
                """, Map.of("hub", hub, "count", count)).consume();
    }
}
