package org.migrationgraph.graph;

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
import org.migrationgraph.testsupport.QueryPlans;
import org.migrationgraph.testsupport.TestNeo4j;
import org.migrationgraph.validtime.ValidTime;
import org.migrationgraph.validtime.ValidTimeCypher;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * What a timeline page costs as the timeline grows (scale issue), from the plans of the very
 * statement the API runs: with TimelineIndexes' indexes, a page of 20 reads about 20 entries,
 * whether its kind has 1,000 or 10,000 dated entries, on the first page and on one deep in the
 * timeline (the old statement read and sorted every entry of the kinds).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelinePageWorkIT {

    private TestNeo4j neo4j;

    @BeforeAll
    void startDatabase() {
        neo4j = TestNeo4j.start("timeline-page-work");
        try (Session session = neo4j.driver().session()) {
            session.run("UNWIND ['Meeting', 'Event', 'Initiative', 'Statement'] AS kind CREATE (:VocabularyTerm {category: 'kind', name: kind})").consume();
            addDated(session, "Meeting", "date", 1_000);
            addDated(session, "Event", "date", 10_000);
            addDated(session, "Initiative", "startDate", 10_000);
            // Of two kinds (counted once), and with both dates (it starts on the first).
            session.run("""
                    CREATE (:Entity:Meeting:Event {id: 'both:1', date: '2001-02-03', lastDate: '2001-02-03', sortDate: '2001-02-03'}),
                           (:Entity:Initiative {id: 'both:2', date: '1999-01-01', startDate: '1998-01-01', lastDate: '1999-01-01', sortDate: '1999-01-01'}),
                           (:Entity:Event {id: 'long:1', date: '2001-05-05', endDate: '2010-01-01', lastDate: '2010-01-01', sortDate: '2001-05-05'})
                    """).consume();
            // Another kind's entries that all reach the days asked below: what reading each kind's own last dates skips.
            session.run("""
                    UNWIND range(1, 5000) AS i
                    CREATE (:Entity:Statement {id: 'statement:' + i, date: '2015-01-01', lastDate: '2015-01-01', sortDate: '2015-01-01'})
                    """).consume();
            // As migrations V0010 and V0009 make them: what a `from` that few entities reach is read
            // from, and a page of many kinds without one.
            session.run("CREATE INDEX entity_last_date IF NOT EXISTS FOR (n:Entity) ON (n.lastDate)").consume();
            session.run("CREATE INDEX entity_sort_date IF NOT EXISTS FOR (n:Entity) ON (n.sortDate)").consume();
            // Undated entities of a kind asked for, in the index after every date.
            session.run("UNWIND range(1, 100) AS i CREATE (:Entity:Topic {id: 'topic:' + i, sortDate: '~'})").consume();
            session.run("CALL db.awaitIndexes(60)").consume();
        }
        new TimelineIndexes(neo4j.driver()).ensure();
    }

    @AfterAll
    void stopDatabase() {
        neo4j.close();
    }

    @ParameterizedTest(name = "{0} against Meeting, after {1}, as of {2}")
    @CsvSource({"Event,,", "Event, 2002-06-01,", "Initiative,,", "Initiative, 2002-06-01,", "Event, 2002-06-01, 2010-01-01"})
    void shouldReadAboutAPageWhetherTheKindHasTwoOrTwentyThousandEntries(String large, String after, String asOf) {
        ValidTime time = ValidTime.of(asOf, null, null);
        ProfiledPlan small = profile(List.of("Meeting"), after, time);
        ProfiledPlan big = profile(List.of(large), after, time);

        assertThat(QueryPlans.operators(big)).as("a range seek on the kind's index")
                .anyMatch(operator -> operator.startsWith("NodeIndexSeekByRange"))
                .noneMatch(operator -> operator.startsWith("NodeByLabelScan"));
        assertThat(QueryPlans.dbHits(big)).as("database hits, 10,000 against 1,000 entries")
                .isLessThan((long) (QueryPlans.dbHits(small) * 1.5) + 500).isLessThan(2_000);
        assertThat(QueryPlans.rows(big)).as("rows through the plan").isLessThan((long) (QueryPlans.rows(small) * 1.5) + 500);
    }

    /**
     * More kinds than a page seeks for, without `from`: read from the entities' start dates in
     * order, about a page of entries, where sorting read every entry of the kinds; the same
     * entries, on the first page and after a cursor.
     */
    @ParameterizedTest(name = "after {0}, up to {1}")
    @CsvSource({",", "2002-06-01,", ", 2001-03~"})
    void shouldReadManyKindsInStartOrderAsSortingThemWould(String after, String to) {
        List<String> kinds = List.of("Meeting", "Event", "Initiative", "Topic", "Region");
        assertThat(kinds).hasSizeGreaterThan(TimelineAndStatsRepository.SEEKS_UP_TO);
        TimelineQuery query = new TimelineQuery(null, to, kinds, ValidTime.of(null, null, null), null);
        Map<String, Object> parameters = pageParameters(null, after);
        parameters.put("to", to);
        String inStartOrder = ValidTimeCypher.fill(TimelineAndStatsRepository.pageStatement(query, true), false);
        String sorted = ValidTimeCypher.fill(TimelineAndStatsRepository.pageStatement(kinds), false);
        try (Session session = neo4j.driver().session()) {
            assertThat(session.run(TimelineAndStatsRepository.kindSizesStatement(kinds)).single().get("total").asInt())
                    .as("the kinds' entities, from the count store: enough to read them by the entities' indexes")
                    .isEqualTo(21_104).isGreaterThanOrEqualTo(TimelineAndStatsRepository.NARROW);
            assertThat(session.run(inStartOrder, parameters).list(r -> r.get("props").get("id").asString())).hasSize(21)
                    .isEqualTo(session.run(sorted, parameters).list(r -> r.get("props").get("id").asString()));
            assertThat(session.run(TimelineAndStatsRepository.countStatement(query, true), parameters).single().get("total").asLong())
                    .as("the count from the start dates, as a scan of every node").isEqualTo(
                            session.run(SCAN_COUNT, Map.of("kinds", kinds, "to", to == null ? "~" : to)).single().get(0).asLong());
        }
        assertThat(QueryPlans.operators(profile(TimelineAndStatsRepository.countStatement(query, true), parameters)))
                .anyMatch(operator -> operator.startsWith("NodeIndexSeekByRange")).noneMatch(operator -> operator.contains("LabelScan"));
        ProfiledPlan read = profile(inStartOrder, parameters);
        ProfiledPlan sort = profile(sorted, parameters);
        assertThat(QueryPlans.operators(sort)).noneMatch(operator -> operator.startsWith("NodeIndexSeekByRange"));
        assertThat(QueryPlans.operators(read)).anyMatch(operator -> operator.startsWith("NodeIndexSeekByRange"))
                .noneMatch(operator -> operator.contains("LabelScan"));
        assertThat(QueryPlans.dbHits(read)).as("database hits in start order, against sorting 21,003 entries")
                .isLessThan(2_000).isLessThan(QueryPlans.dbHits(sort) / 10);
    }

    /**
     * A `from` that few entries of the kinds reach (here 2009-12-01: 57 of 21,003, one of them an
     * event of 2001 that ends in 2010; and all 5,000 statements, another kind): page and count
     * read from the last dates' indexes give what the kinds' indexes give, the first page and one
     * after a cursor. For up to SEEKS_UP_TO kinds each kind's own index is read, so the
     * statements cost nothing and the probe counts only the kinds'; for more, the entities'.
     */
    @ParameterizedTest(name = "{0} after {1}")
    @CsvSource({"'Meeting,Event',", "'Meeting,Event', 2009-12-10", "'Meeting,Event,Initiative,Topic,Region',",
            "'Meeting,Event,Initiative,Topic,Region', 2009-12-10"})
    void shouldReadAFromThatFewReachFromTheLastDatesIndexesAndAnswerAsTheKindsIndexesDo(String kindList, String after) {
        List<String> kinds = List.of(kindList.split(","));
        boolean eachKind = kinds.size() <= TimelineAndStatsRepository.SEEKS_UP_TO;
        TimelineQuery query = new TimelineQuery("2009-12-01", null, kinds, ValidTime.of(null, null, null), null);
        Map<String, Object> parameters = pageParameters(query.from(), after);
        parameters.put("narrow", TimelineAndStatsRepository.NARROW);
        String fromLastDate = ValidTimeCypher.fill(TimelineAndStatsRepository.pageFromLastDateStatement(kinds), false);
        String fromKinds = ValidTimeCypher.fill(TimelineAndStatsRepository.pageStatement(kinds), false);
        String countFromLastDate = ValidTimeCypher.fill(TimelineAndStatsRepository.countFromLastDateStatement(kinds), false);
        try (Session session = neo4j.driver().session()) {
            List<String> ids = session.run(fromLastDate, parameters).list(r -> r.get("props").get("id").asString());
            assertThat(ids).as("the page").hasSize(21).contains(after == null ? "long:1" : "event:3632")
                    .isEqualTo(session.run(fromKinds, parameters).list(r -> r.get("props").get("id").asString()));
            long count = session.run(countFromLastDate, parameters).single().get("total").asLong();
            assertThat(count).as("the count, as the API counts it and as a scan of every node counts it")
                    .isEqualTo(session.run(TimelineAndStatsRepository.countStatement(query, !eachKind), parameters).single().get("total").asLong())
                    .isEqualTo(session.run(SCAN_COUNT_FROM, Map.of("kinds", kinds, "from", query.from())).single().get(0).asLong());
            assertThat(session.run(TimelineAndStatsRepository.probeStatement(kinds), parameters).single().get("found").asLong())
                    .as("the probe: the kinds' entries reaching the day, or every entity's").isEqualTo(eachKind ? count : count + 5_000);
        }
        ProfiledPlan seek = profile(fromLastDate, parameters);
        assertThat(QueryPlans.operators(seek)).anyMatch(operator -> operator.startsWith("NodeIndexSeekByRange"))
                .noneMatch(operator -> operator.contains("LabelScan"));
        ProfiledPlan count = profile(TimelineAndStatsRepository.countStatement(query, !eachKind), parameters);
        assertThat(QueryPlans.operators(count)).as("the API's count, whether few or many reach the day")
                .anyMatch(operator -> operator.startsWith("NodeIndexSeekByRange")).noneMatch(operator -> operator.contains("LabelScan"));
        if (eachKind) {
            assertThat(QueryPlans.dbHits(seek)).as("database hits from the kinds' last dates, the statements' 5,000 skipped").isLessThan(1_000);
            assertThat(QueryPlans.dbHits(count)).as("the count's database hits").isLessThan(1_000);
            assertThat(QueryPlans.dbHits(profile(TimelineAndStatsRepository.probeStatement(kinds), parameters))).as("the probe's database hits")
                    .isLessThan(1_000);
        }
        if (after == null) { // after a cursor this late, the kinds' indexes are read from it and cost little too
            assertThat(QueryPlans.dbHits(seek)).as("against the kinds' indexes read from their first entry")
                    .isLessThan(QueryPlans.dbHits(profile(fromKinds, parameters)) / (eachKind ? 5 : 1));
        }
    }

    /**
     * totalCount and timelineDates without a `from` or a valid time: one index entry per dated
     * entry, no label scanned and no entity read but those that start on the second date (the
     * scan read every entity's label and both dates, three hits each); the answers are the scan's.
     */
    @ParameterizedTest(name = "{0} up to {1}")
    @CsvSource({"'Meeting,Event',", "'Meeting,Event', 2002-06-01", "'Meeting,Event,Initiative',", "'Meeting,Event,Initiative', 2001"})
    void shouldCountAndListTheDatesFromTheIndexesAloneAsTheScanWould(String kindList, String to) {
        List<String> kinds = List.of(kindList.split(","));
        TimelineQuery query = new TimelineQuery(null, to, kinds, ValidTime.of(null, null, null), null);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", null);
        parameters.put("to", query.toInclusive());
        String count = TimelineAndStatsRepository.countStatement(query, false);
        String dates = TimelineAndStatsRepository.datesStatement(kinds);
        long entries;
        long dated;
        try (Session session = neo4j.driver().session()) {
            entries = session.run(SCAN_COUNT, Map.of("kinds", kinds, "to", to == null ? "~" : query.toInclusive())).single().get(0).asLong();
            dated = session.run(SCAN_COUNT, Map.of("kinds", kinds, "to", "~")).single().get(0).asLong();
            assertThat(session.run(count, parameters).single().get("total").asLong()).as("the count").isEqualTo(entries);
            assertThat(session.run(dates).list(r -> r.get("start").asString()))
                    .isEqualTo(session.run(SCAN_DATES, Map.of("kinds", kinds)).list(r -> r.get(0).asString()));
        }
        // Only those that start on the second date are read, to see that the first is unset.
        long secondDate = kinds.contains("Initiative") ? 10_000 : 0;
        assertIndexReadsAlone(profile(count, parameters), to == null ? "NodeIndexScan" : "NodeIndexSeekByRange", entries + secondDate);
        assertIndexReadsAlone(profile(dates, Map.of()), "NodeIndexScan", dated + secondDate);
    }

    private static void assertIndexReadsAlone(ProfiledPlan plan, String indexRead, long reads) {
        assertThat(QueryPlans.operators(plan)).anyMatch(operator -> operator.startsWith(indexRead))
                .noneMatch(operator -> operator.contains("LabelScan") || operator.contains("LabelsScan"));
        assertThat(QueryPlans.dbHits(plan)).as("database hits for %d index entries", reads).isLessThan((long) (reads * 1.1) + 100);
    }

    /** The oracle: every node of the kinds whose first set date is up to $to, by label scan. */
    private static final String SCAN_COUNT = """
            MATCH (e) WHERE any(k IN labels(e) WHERE k IN $kinds) AND coalesce(e.date, e.startDate) <= $to
            RETURN count(e)""";
    /** The oracle of a count from a day: every dated node of the kinds that ends, else starts, on or after it. */
    private static final String SCAN_COUNT_FROM = """
            MATCH (e) WHERE any(k IN labels(e) WHERE k IN $kinds) AND coalesce(e.date, e.startDate) IS NOT NULL
              AND coalesce(e.endDate, e.date, e.startDate) >= $from
            RETURN count(e)""";
    private static final String SCAN_DATES = """
            MATCH (e) WHERE any(k IN labels(e) WHERE k IN $kinds) AND coalesce(e.date, e.startDate) IS NOT NULL
            RETURN DISTINCT coalesce(e.date, e.startDate) AS start ORDER BY start""";

    private ProfiledPlan profile(String statement, Map<String, Object> parameters) {
        try (Session session = neo4j.driver().session()) {
            var result = session.run("PROFILE " + statement, parameters);
            result.list(); // the profile of a statement that returns rows is there once they are read
            return result.consume().profile();
        }
    }

    private ProfiledPlan profile(List<String> kinds, String after, ValidTime time) {
        Map<String, Object> parameters = pageParameters(null, after);
        String statement = ValidTimeCypher.fill(TimelineAndStatsRepository.pageStatement(kinds), time.bound());
        try (Session session = neo4j.driver().session()) {
            return session.run("PROFILE " + statement, time.with(parameters)).consume().profile();
        }
    }

    /** A page of 20 (and one more, to tell whether there is a next) from the day, after the start given (an id no entry has). */
    private static Map<String, Object> pageParameters(String from, String after) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", from);
        parameters.put("to", null);
        parameters.put("afterStart", after);
        parameters.put("afterId", after == null ? null : "x");
        parameters.put("rows", 21);
        return parameters;
    }

    /** Entries a day apart from 2000 on (1,000 reach 2002-09), so that a cursor in 2002-06 is deep in each kind's timeline. */
    private static void addDated(Session session, String kind, String property, int count) {
        session.run("""
                UNWIND range(1, $count) AS i
                CREATE (e:Entity {id: toLower($kind) + ':' + i, name: $kind + ' ' + i})
                SET e[$property] = toString(date('2000-01-01') + duration({days: i % 3650})), e:$($kind)
                SET e.lastDate = e[$property], e.sortDate = e[$property]
                """, Map.of("kind", kind, "property", property, "count", count)).consume();
    }
}
