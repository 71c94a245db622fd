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
            session.run("UNWIND ['Meeting', 'Event', 'Initiative'] AS kind CREATE (:VocabularyTerm {category: 'kind', name: kind})").consume();
            addDated(session, "Meeting", "date", 1_000);
            addDated(session, "Event", "date", 10_000);
            addDated(session, "Initiative", "startDate", 10_000);
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

    @Test
    void shouldSortInsteadOfSeekingForMoreKindsThanItSeeksFor() {
        List<String> kinds = List.of("Meeting", "Event", "Initiative", "Topic", "Region");
        assertThat(kinds).hasSizeGreaterThan(TimelineAndStatsRepository.SEEKS_UP_TO);
        assertThat(QueryPlans.operators(profile(kinds, null, ValidTime.of(null, null, null))))
                .noneMatch(operator -> operator.startsWith("NodeIndexSeekByRange"));
    }

    private ProfiledPlan profile(List<String> kinds, String after, ValidTime time) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", null);
        parameters.put("to", null);
        parameters.put("afterStart", after);
        parameters.put("afterId", after == null ? null : "x");
        parameters.put("rows", 21);
        String statement = ValidTimeCypher.fill(TimelineAndStatsRepository.pageStatement(kinds), time.bound());
        try (Session session = neo4j.driver().session()) {
            return session.run("PROFILE " + statement, time.with(parameters)).consume().profile();
        }
    }

    /** Entries a day apart from 2000 on (1,000 reach 2002-09), so that a cursor in 2002-06 is deep in each kind's timeline. */
    private static void addDated(Session session, String kind, String property, int count) {
        session.run("""
                UNWIND range(1, $count) AS i
                CREATE (e:Entity {id: toLower($kind) + ':' + i, name: $kind + ' ' + i})
                SET e[$property] = toString(date('2000-01-01') + duration({days: i % 3650})), e:$($kind)
                """, Map.of("kind", kind, "property", property, "count", count)).consume();
    }
}
