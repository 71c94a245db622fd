package org.migrationgraph.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.testsupport.QueryPlans;
import org.migrationgraph.testsupport.TestNeo4j;
import org.migrationgraph.validtime.ValidTime;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * A page of a hub's relations reads about a page, however big the hub and however deep the page
 * (scale issue): PROFILE the statements the API runs on hubs of 2,000 and 20,000 relations, at
 * the first page and after 75% of them, and the rows through the plans stay the same. An old
 * offset cursor still works, reading what it skips, and totalCount reads every relation only
 * when the other end's kind decides (else it adds up the hub's degrees).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationPagingWorkIT {

    private TestNeo4j neo4j;

    @BeforeAll
    void startDatabase() {
        neo4j = TestNeo4j.start("relation-paging-work");
        try (Session session = neo4j.driver().session()) {
            session.run("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE").consume();
            session.run("CREATE (:VocabularyTerm {id: 'relationType:CONCERNS', category: 'relationType', name: 'CONCERNS'})").consume();
            addHub(session, "framework:hub", 2_000);
            addHub(session, "framework:big-hub", 20_000);
            addHub(session, "framework:busy", RelationRepository.SORT_UP_TO - 100);
            new RelationKeyDerivation().statements().forEach(statement -> session.run(statement).consume());
        }
        new RelationKeyIndexes(neo4j.driver()).ensure();
        assertThat(neo4j.embedded().registerFunctions(RelationDegrees.class)).isTrue();
    }

    private static void addHub(Session session, String id, int relations) {
        session.run("""
                CREATE (h:Entity:Framework {id: $id, name: $id})
                WITH h UNWIND range(1, $relations) AS i
                CREATE (:Entity:Statement {id: 'statement:' + $id + '-' + i, name: 'Statement ' + i})
                       -[:CONCERNS {id: 'statement:' + $id + '-' + i + '-CONCERNS->' + $id}]->(h)
                """, Map.of("id", id, "relations", relations)).consume();
    }

    @AfterAll
    void stopDatabase() {
        neo4j.close();
    }

    @Test
    void shouldReadAboutAPageWhateverTheHubsSizeAndThePagesDepth() {
        long small = typeRows("framework:hub", RelationCursor.after(null));
        long large = typeRows("framework:big-hub", RelationCursor.after(null));
        long deep = typeRows("framework:big-hub", after("framework:big-hub", 15_000));

        assertThat(large).as("first page, 20,000 against 2,000 relations").isLessThanOrEqualTo(small + 10);
        assertThat(deep).as("after the 15,000th relation against the first page").isLessThanOrEqualTo(large + 10);
        assertThat(deep).as("rows for a page of 20").isLessThan(300);
        for (boolean degreesByFunction : new boolean[] {false, true}) {
            assertThat(pageRows("framework:big-hub", filter(RelationCursor.after(null), false), degreesByFunction))
                    .as("the page statement leaves a hub's rows to the indexes").isLessThan(50);
        }
    }

    @Test
    void shouldStillReadAnOldOffsetCursorByReadingWhatItSkips() {
        long first = typeRows("framework:big-hub", RelationCursor.after(null));
        long offset = typeRows("framework:big-hub", new RelationCursor(null, null, 15_000));

        assertThat(offset).as("what an offset cursor (from before keyset paging) costs").isGreaterThan(first + 14_000);
    }

    /** A loop is one relation: counted once outgoing, once incoming and once either way, by the function as by Cypher. */
    @Test
    void shouldCountALoopTheSameWayWithTheFunctionAsInCypher() {
        try (Session session = neo4j.driver().session()) {
            session.run("""
                    CREATE (n:Entity:Framework {id: 'framework:loop', name: 'Loop'})-[:CONCERNS {id: 'loop'}]->(n)
                    CREATE (n)-[:CONCERNS {id: 'loop-out'}]->(:Entity:Statement {id: 'statement:loop-other', name: 'Other'})""").consume();
            var row = session.run("""
                    MATCH (n:Entity {id: 'framework:loop'})
                    RETURN migrationgraph.relationDegrees(n, ['CONCERNS', 'ATTENDED']) AS byFunction,
                           [['CONCERNS', COUNT { (n)-[:CONCERNS]->() }, COUNT { (n)<-[:CONCERNS]-() }, COUNT { (n)-[:CONCERNS]-() }],
                            ['ATTENDED', COUNT { (n)-[:ATTENDED]->() }, COUNT { (n)<-[:ATTENDED]-() }, COUNT { (n)-[:ATTENDED]-() }]] AS inCypher
                    """).single();

            assertThat(row.get("byFunction").asList(value -> value.asList(cell -> cell.asObject())))
                    .isEqualTo(row.get("inCypher").asList(value -> value.asList(cell -> cell.asObject())))
                    .containsExactly(List.of("CONCERNS", 2L, 1L, 2L), List.of("ATTENDED", 0L, 0L, 0L));
        } finally {
            // The other tests read which kinds CONCERNS reaches from the count store.
            try (Session session = neo4j.driver().session()) {
                session.run("MATCH (n:Entity) WHERE n.id IN ['framework:loop', 'statement:loop-other'] DETACH DELETE n").consume();
            }
        }
    }

    /** Counted in Cypher (an external database) or by {@link RelationDegrees} (the embedded one). */
    @ParameterizedTest(name = "degrees by function: {0}")
    @ValueSource(booleans = {false, true})
    void shouldCountTheHubsRelationsFromItsDegreesUnlessAKindDecides(boolean degreesByFunction) {
        long page = pageRows("framework:big-hub", filter(RelationCursor.after(null), false), degreesByFunction);
        long counted = pageRows("framework:big-hub", filter(RelationCursor.after(null), true), degreesByFunction);
        long countedOfAKind = pageRows("framework:big-hub", ofKinds(List.of("Statement"), ValidTime.ALWAYS), degreesByFunction);
        long countedOfAKindAsOf = pageRows("framework:big-hub", ofKinds(List.of("Statement"), ValidTime.of("2020", null, null)), degreesByFunction);

        assertThat(counted - page).as("the count's rows, from the degrees").isLessThan(10);
        assertThat(countedOfAKind - page).as("under a kind, the page statement leaves a hub's count to its types").isLessThan(10);
        assertThat(countedOfAKindAsOf - page).as("the count's rows when valid time decides, relation by relation").isGreaterThanOrEqualTo(20_000);
    }

    /**
     * totalCount alone reads no relation for a page: not the few hundred an entity below the
     * hubs' threshold has sorted, nor a hub's first relations of each type from the indexes; and
     * under a kind the hub is still told apart, for its count type by type.
     */
    @ParameterizedTest(name = "degrees by function: {0}")
    @ValueSource(booleans = {false, true})
    void shouldReadNoRelationForTotalCountAlone(boolean degreesByFunction) {
        RelationFilter counted = filter(RelationCursor.after(null), true);
        RelationFilter countedAlone = RelationFilters.withoutPage(counted);
        RelationFilter ofAKindAlone = RelationFilters.withoutPage(ofKinds(List.of("Statement"), ValidTime.ALWAYS));

        assertThat(pageRows("framework:busy", counted, degreesByFunction)).as("the page's rows, sorted")
                .isGreaterThanOrEqualTo(RelationRepository.SORT_UP_TO - 100);
        assertThat(pageRows("framework:busy", countedAlone, degreesByFunction)).as("rows for totalCount alone, from the degrees").isLessThan(10);
        assertThat(pageRows("framework:big-hub", ofAKindAlone, degreesByFunction)).as("rows for a hub's totalCount alone under a kind").isLessThan(10);
        try (Session session = neo4j.driver().session()) {
            Map<String, Object> parameters = RelationRepository.parameters(ofAKindAlone, List.of("framework:big-hub"));
            parameters.put("sortUpTo", RelationRepository.SORT_UP_TO);
            var hub = session.run(RelationRepository.statementOf(RelationRepository.Shape.page(ofAKindAlone, List.of("CONCERNS")), degreesByFunction),
                    parameters).single();
            assertThat(hub.get("hub").asBoolean()).isTrue();
            assertThat(hub.get("hubTypes").asList(v -> v.asString())).containsExactly("CONCERNS");
            assertThat(hub.get("rows").asList()).isEmpty();
        }
    }

    /**
     * A hub's count under a kind, type by type: every CONCERNS starts at a statement, so the
     * hub's incoming degree is the count; a kind that may hold only some of the ends has the
     * type's relations of the hub read.
     */
    @Test
    void shouldCountAHubsRelationsOfAKindFromItsDegreeWhenTheKindHoldsEveryEnd() {
        RelationFilter ofStatements = ofKinds(List.of("Statement"), ValidTime.ALWAYS);
        Map<String, Object> fromDegree = HubTotals.typeParameters(ofStatements, reach("CONCERNS", List.of("Statement")));
        Map<String, Object> read = HubTotals.typeParameters(ofStatements, new KindReach(false, true, false, false));
        fromDegree.put("ids", List.of("framework:big-hub"));
        read.put("ids", List.of("framework:big-hub"));

        assertThat(fromDegree).containsEntry("all", true);
        assertThat(profiledRows(HubTotals.statementOf("CONCERNS"), fromDegree)).as("rows counted from the degree").isLessThan(100);
        assertThat(profiledRows(HubTotals.statementOf("CONCERNS"), read)).as("rows with each end's kind checked").isGreaterThanOrEqualTo(20_000);
        try (Session session = neo4j.driver().session()) {
            assertThat(session.run(HubTotals.statementOf("CONCERNS"), fromDegree).single().get("total").asInt()).isEqualTo(20_000);
            assertThat(session.run(HubTotals.statementOf("CONCERNS"), read).single().get("total").asInt()).isEqualTo(20_000);
        }
    }

    /**
     * Under a kind only the outgoing relations of CONCERNS can reach (frameworks are concerned,
     * never concerning), the big hub's 20,000 incoming ones are not read: the direction is left
     * out of the statement. Switched off by a parameter, the planner still sought every index
     * entry of the hub and checked the parameter after each.
     */
    @Test
    void shouldReadNoIndexEntryOfADirectionTheKindsCannotTake() {
        RelationFilter ofFrameworks = ofKinds(List.of("Framework"), ValidTime.ALWAYS);
        KindReach outgoingOnly = reach("CONCERNS", List.of("Framework"));

        assertThat(outgoingOnly.outgoing(ofFrameworks)).isTrue();
        assertThat(outgoingOnly.incoming(ofFrameworks)).isFalse();
        assertThat(typeRows("framework:big-hub", ofFrameworks, outgoingOnly)).as("rows for a hub with no outgoing CONCERNS, of its 20,000").isLessThan(50);
        assertThat(typeRows("framework:big-hub", ofKinds(List.of("Statement"), ValidTime.ALWAYS), reach("CONCERNS", List.of("Statement"))))
                .as("the incoming direction, when it can match, read to a page").isLessThan(300);
    }

    private static RelationFilter ofKinds(List<String> kinds, ValidTime time) {
        return new RelationFilter(null, null, kinds, 20, RelationCursor.after(null), Projection.FULL, true, time, null);
    }

    /**
     * Under a kind filter, whether a type can reach the kind in each direction is answered from
     * the count store, whatever the number of relations: so a hub's page skips a type none of
     * whose relations starts or ends at that kind, instead of reading them all to find none.
     */
    @Test
    void shouldTellFromTheCountStoreWhichDirectionsOfATypeCanReachAKind() {
        assertThat(reach("CONCERNS", List.of("Statement"))).isEqualTo(new KindReach(false, true, false, true));
        assertThat(reach("CONCERNS", List.of("Framework"))).isEqualTo(new KindReach(true, false, true, false));
        assertThat(reach("CONCERNS", List.of("Organization"))).isEqualTo(KindReach.NONE);
        assertThat(reach("CONCERNS", List.of("Organization", "Framework"))).isEqualTo(new KindReach(true, false, true, false));
        assertThat(reach("CONCERNS", List.of("Entity"))).as("all by one kind alone").isEqualTo(new KindReach(true, true, true, true));

        try (Session session = neo4j.driver().session()) {
            ProfiledPlan plan = session.run("PROFILE " + KindReach.statement("CONCERNS", List.of("Statement", "Framework"))).consume().profile();
            assertThat(QueryPlans.operators(plan)).as("no relation read").anyMatch(operator -> operator.startsWith("RelationshipCountFromCountStore"))
                    .noneMatch(operator -> operator.contains("Expand") || operator.contains("Scan"));
            assertThat(QueryPlans.dbHits(plan)).as("22,000 relations of the type, a few lookups").isLessThan(20);
        }
    }

    private KindReach reach(String type, List<String> kinds) {
        try (Session session = neo4j.driver().session()) {
            var row = session.run(KindReach.statement(type, kinds)).single();
            return new KindReach(row.get("toKind").asBoolean(), row.get("fromKind").asBoolean(), row.get("toAll").asBoolean(),
                    row.get("fromAll").asBoolean());
        }
    }

    /** The cursor of the hub's relation number {@code n} in page order. */
    private RelationCursor after(String hub, int n) {
        try (Session session = neo4j.driver().session()) {
            String id = session.run("MATCH ()-[r:CONCERNS]->(:Entity {id: $hub}) WITH r.id AS id ORDER BY id SKIP $skip LIMIT 1 RETURN id",
                    Map.of("hub", hub, "skip", n - 1)).single().get(0).asString();
            return RelationCursor.after(RelationCursor.encode("CONCERNS", id));
        }
    }

    /** Rows through the plan of the statement that reads a hub's relations of one type. */
    private long typeRows(String hub, RelationCursor after) {
        return typeRows(hub, filter(after, false), KindReach.ANY);
    }

    private long typeRows(String hub, RelationFilter filter, KindReach reach) {
        Map<String, Object> parameters = RelationRepository.typeParameters(filter, "CONCERNS", List.of(hub), filter.after().offset() + filter.first() + 1);
        return profiledRows(RelationRepository.statementOf(RelationRepository.Shape.type(filter, "CONCERNS", reach), false), parameters);
    }

    /** Rows through the plan of the page statement, with the hubs' threshold the API uses. */
    private long pageRows(String hub, RelationFilter filter, boolean degreesByFunction) {
        Map<String, Object> parameters = RelationRepository.parameters(filter, List.of(hub));
        parameters.put("sortUpTo", RelationRepository.SORT_UP_TO);
        return profiledRows(RelationRepository.statementOf(RelationRepository.Shape.page(filter, List.of("CONCERNS")), degreesByFunction), parameters);
    }


    private static RelationFilter filter(RelationCursor after, boolean counted) {
        return new RelationFilter(null, null, null, 20, after, Projection.FULL, counted, ValidTime.ALWAYS, null);
    }

    private long profiledRows(String statement, Map<String, Object> parameters) {
        try (Session session = neo4j.driver().session()) {
            ProfiledPlan plan = session.run("PROFILE " + statement, parameters).consume().profile();
            return QueryPlans.rows(plan);
        }
    }
}
