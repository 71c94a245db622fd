package org.migrationgraph.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.seed.BulkWrites;
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
            session.run("CREATE INDEX entity_sort_name IF NOT EXISTS FOR (n:Entity) ON (n.sortName)").consume();
            session.run("CREATE INDEX entity_sort_date IF NOT EXISTS FOR (n:Entity) ON (n.sortDate)").consume();
            session.run("CREATE INDEX entity_last_date IF NOT EXISTS FOR (n:Entity) ON (n.lastDate)").consume();
            session.run("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE").consume();
            // Names in mixed case, so that sorting them as written would give another order; half
            // dated, most of the rest with a start date (some a year only), and 100 with neither; one
            // in seven of those with a start date ends later, and so do 14 of the undated.
            session.run("""
                    UNWIND range(1, 5000) AS i
                    CREATE (n:Entity:Statement {id: 'statement:' + i, name: CASE i % 3 WHEN 0 THEN 'statement ' ELSE 'Statement ' END + (i % 977),
                      date: CASE WHEN i % 2 = 1 THEN toString(1990 + i % 30) + '-0' + toString(1 + i % 9) END,
                      startDate: CASE WHEN i % 2 = 0 AND i % 50 <> 0 THEN toString(1990 + i % 29) END,
                      endDate: CASE WHEN i % 14 = 0 THEN toString(2000 + i % 25) + '-06' END})
                    """ + BulkWrites.DERIVE_ENTITY).consume();
            session.run("CALL db.awaitIndexes(60)").consume();
            session.run("""
                    UNWIND range(1, 5) AS i CREATE (:Entity:MemberState {id: 'state:' + i, name: 'State ' + i})
                    """).consume();
        }
    }

    @AfterAll
    void stopDatabase() {
        neo4j.close();
    }

    /**
     * A page of a large kind in name order (the default), id order or date order reads about a
     * page, from the index, in the order that sorting them all gives (lower-cased name, the id, or
     * the date or else the start date with the undated last ascending and first descending; then
     * the id).
     */
    @ParameterizedTest(name = "{0} {1}, skip {2}")
    @CsvSource({"NAME, ASC, 0", "NAME, ASC, 40", "ID, ASC, 0", "ID, ASC, 40", "DATE, ASC, 0", "DATE, ASC, 40", "DATE, DESC, 0",
            "DATE, DESC, 90"})
    void shouldReadAPageOfALargeKindInOrderFromTheIndex(String field, String direction, int skip) {
        ListQuery query = new ListQuery("Statement", new Condition("true", Map.of()), List.of(Map.of("field", field, "direction", direction)), 20,
                skip, ValidTime.ALWAYS, null);
        String sorted = switch (field) {
            case "NAME" -> "toLower(n.name)";
            case "DATE" -> "coalesce(n.date, n.startDate)";
            default -> "n.id";
        };
        try (Session session = neo4j.driver().session()) {
            List<String> expected = session.run("MATCH (n:Statement) RETURN n.id AS id ORDER BY " + sorted + " " + direction
                    + ", n.id SKIP $skip LIMIT 21", Map.of("skip", skip)).list(r -> r.get("id").asString());
            Map<String, Object> parameters = new HashMap<>(ListRepository.parameters(query));
            parameters.put("skip", skip);
            parameters.put("limit", 21);
            var result = session.run("PROFILE " + ListRepository.pageStatement(query, Projection.FULL), parameters);
            assertThat(result.list(r -> r.get("props").get("id").asString())).isEqualTo(expected);
            ProfiledPlan plan = result.consume().profile();
            assertThat(QueryPlans.operators(plan)).anyMatch(operator -> operator.startsWith("NodeIndexScan"));
            assertThat(QueryPlans.rows(plan)).as("rows through the plan for a page of 20 of 5,000").isLessThan(1_000);
        }
    }

    /**
     * With each entity's relations read in the same statement (relation.ListedRelations), the page
     * is still read from the index in order, about a page of it, and its rows keep that order.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"NAME, ASC", "DATE, DESC"})
    void shouldStillReadAPageFromTheIndexInOrderWithItsEntitiesRelations(String field, String direction) {
        ListQuery query = new ListQuery("Statement", new Condition("true", Map.of()), List.of(Map.of("field", field, "direction", direction)), 20,
                0, ValidTime.ALWAYS, null);
        String perEntity = "WITH n, n.id AS id RETURN id, COUNT { (n)--() } AS total, [] AS rows, false AS hub, [] AS hubTypes";
        try (Session session = neo4j.driver().session()) {
            Map<String, Object> parameters = new HashMap<>(ListRepository.parameters(query));
            parameters.put("skip", 0);
            parameters.put("limit", 21);
            List<String> alone = session.run(ListRepository.pageStatement(query, Projection.FULL), parameters)
                    .list(r -> r.get("props").get("id").asString());
            var result = session.run("PROFILE " + ListRepository.withRelations(ListRepository.pageStatement(query, Projection.FULL, true), perEntity),
                    parameters);
            assertThat(result.list(r -> r.get("props").get("id").asString() + " " + r.get("id").asString()))
                    .isEqualTo(alone.stream().map(id -> id + " " + id).toList());
            ProfiledPlan plan = result.consume().profile();
            assertThat(QueryPlans.operators(plan)).anyMatch(operator -> operator.startsWith("NodeIndexScan"));
            assertThat(QueryPlans.rows(plan)).as("rows through the plan for a page of 20 of 5,000").isLessThan(1_000);
        }
    }

    @Test
    void shouldReadOnlyTheEntitiesOfTheListedKind() {
        ListQuery query = new ListQuery("MemberState", new Condition("true", Map.of()), List.of(), 20, 0, ValidTime.ALWAYS, null);
        try (Session session = neo4j.driver().session()) {
            var result = session.run("PROFILE " + ListRepository.countStatement(query), ListRepository.parameters(query));
            assertThat(result.single().get("total").asInt()).isEqualTo(5);
            ProfiledPlan plan = result.consume().profile();
            assertThat(QueryPlans.dbHits(plan)).as("database hits for 5 of 5,005 entities").isLessThan(100);
            assertThat(QueryPlans.operators(plan)).as("with no condition, from the count store").anyMatch(o -> o.startsWith("NodeCountFromCountStore"));
        }
    }

    /**
     * A name's prefix in any case is answered from the sort name's index: a range seek (as at a
     * million entities, where reading each name took 1.9 s and the seek 22 ms), or a scan in the
     * index's order that checks each entry without reading its entity.
     */
    @Test
    void shouldSeekANamesPrefixInTheSortNamesIndex() {
        Condition prefix = WhereCompiler.compile(Map.of("name", Map.of("startsWith", "STATEMENT 12")));
        ListQuery query = new ListQuery("Statement", prefix, List.of(), 20, 0, ValidTime.ALWAYS, null);
        try (Session session = neo4j.driver().session()) {
            List<String> expected = session.run("""
                    MATCH (n:Statement) WHERE toLower(n.name) STARTS WITH 'statement 12' RETURN n.id AS id ORDER BY toLower(n.name), n.id LIMIT 21
                    """).list(r -> r.get("id").asString());
            assertThat(expected).hasSize(21);
            Map<String, Object> parameters = new HashMap<>(ListRepository.parameters(query));
            parameters.put("skip", 0);
            parameters.put("limit", 21);
            var result = session.run("PROFILE " + ListRepository.pageStatement(query, Projection.FULL), parameters);
            assertThat(result.list(r -> r.get("props").get("id").asString())).isEqualTo(expected);
            ProfiledPlan plan = result.consume().profile();
            // Neo4j seeks the prefix or, here, may read the index in order up to the page: either way
            // from the index's entries, without reading a name from each entity it passes (about 650).
            assertThat(QueryPlans.dbHits(plan)).as("database hits for a prefix of 5,000 names").isLessThan(1_000);
        }
    }

    /**
     * Dated from a day, up to a day, or both, a list gives what comparing each entity's own dates
     * gives (the end date, else the date or start date, from the day on; the date or start date up
     * to the day, every day of a partial one; never the undated), and finds them with a range seek
     * on the last or sort date's index, in fewer than half the database hits of reading all 5,005
     * entities' dates (a twentieth with one bound; with both it seeks the last date).
     */
    @ParameterizedTest(name = "from {0} to {1}")
    @CsvSource(value = {"2015, null", "2018-03, null", "null, 1992", "null, 1995-03", "2001-05, 2010", "null, null"}, nullValues = "null")
    void shouldSeekADateRangeInTheDatesIndexes(String from, String to) {
        Map<String, Object> range = new HashMap<>();
        range.put("from", from);
        range.put("to", to);
        ListQuery query = new ListQuery(null, WhereCompiler.compile(Map.of("date", range)), List.of(Map.of("field", "ID")), 20, 0,
                ValidTime.ALWAYS, null);
        try (Session session = neo4j.driver().session()) {
            String expectedStatement = """
                    MATCH (n:Entity) WHERE coalesce(n.date, n.startDate) IS NOT NULL
                      AND ($from IS NULL OR coalesce(n.endDate, n.date, n.startDate) >= $from)
                      AND ($to IS NULL OR coalesce(n.date, n.startDate) <= $to + '~')
                    RETURN n.id AS id ORDER BY n.id""";
            List<String> expected = session.run(expectedStatement, range).list(r -> r.get("id").asString());
            assertThat(expected).hasSizeBetween(21, 4_900);
            var count = session.run("PROFILE " + ListRepository.countStatement(query), ListRepository.parameters(query));
            assertThat(count.single().get("total").asInt()).isEqualTo(expected.size());
            ProfiledPlan plan = count.consume().profile();
            assertThat(QueryPlans.operators(plan)).as("a range seek").anyMatch(o -> o.startsWith("NodeIndexSeekByRange"));
            ProfiledPlan eachEntitysDates = session.run("PROFILE " + expectedStatement.replace("RETURN n.id AS id ORDER BY n.id", "RETURN count(n)"),
                    range).consume().profile();
            assertThat(QueryPlans.dbHits(plan)).as("database hits, against comparing each entity's dates")
                    .isLessThan(QueryPlans.dbHits(eachEntitysDates) / 2);
            Map<String, Object> parameters = new HashMap<>(ListRepository.parameters(query));
            parameters.put("skip", 0);
            parameters.put("limit", 21);
            assertThat(session.run(ListRepository.pageStatement(query, Projection.FULL), parameters).list(r -> r.get("props").get("id").asString()))
                    .isEqualTo(expected.subList(0, 21));
        }
    }

    /**
     * A page with date bounds can be read from a seek's index and only its entities sorted, in the
     * order and with the count the planner's own choice gives; that choice (the name index in
     * order, filtering each entry) reads the whole index when few match. The probe that decides
     * reads at most its limit of index entries.
     */
    @ParameterizedTest(name = "from {0} to {1}")
    @CsvSource(value = {"2015, null", "null, 1992", "null, 1995-03", "2001-05, 2010"}, nullValues = "null")
    void shouldReadAPageFromANarrowSeeksIndexAsTheOrderedPlanDoes(String from, String to) {
        Map<String, Object> range = new HashMap<>();
        range.put("from", from);
        range.put("to", to);
        ListQuery query = new ListQuery("Statement", WhereCompiler.compile(Map.of("date", range)), List.of(), 20, 0, ValidTime.ALWAYS, null);
        assertThat(query.condition().seeks()).hasSize(from != null && to != null ? 2 : 1);
        Map<String, Object> parameters = new HashMap<>(ListRepository.parameters(query));
        parameters.put("skip", 0);
        parameters.put("limit", 21);
        parameters.put("narrow", 100);
        try (Session session = neo4j.driver().session()) {
            List<String> ordered = session.run(ListRepository.pageStatement(query, Projection.FULL), parameters)
                    .list(r -> r.get("props").get("id").asString());
            int total = session.run(ListRepository.countStatement(query), parameters).single().get("total").asInt();
            assertThat(ordered).hasSize(21);
            for (Seek seek : query.condition().seeks()) {
                var probe = session.run("PROFILE " + ListRepository.probeStatement(seek), parameters);
                assertThat(probe.single().get("found").asInt()).as("entries found, up to the limit").isBetween(1, 100);
                ProfiledPlan probePlan = probe.consume().profile();
                assertThat(QueryPlans.operators(probePlan)).anyMatch(o -> o.startsWith("NodeIndexSeekByRange"));
                assertThat(QueryPlans.dbHits(probePlan)).as("database hits of a probe limited to 100").isLessThan(400);
                var page = session.run("PROFILE " + ListRepository.pageStatement(query, Projection.FULL, seek), parameters);
                assertThat(page.list(r -> r.get("props").get("id").asString())).isEqualTo(ordered);
                assertThat(QueryPlans.operators(page.consume().profile())).anyMatch(o -> o.startsWith("NodeIndexSeekByRange"));
                assertThat(session.run(ListRepository.countStatement(query, seek), parameters).single().get("total").asInt()).isEqualTo(total);
            }
        }
    }
}
