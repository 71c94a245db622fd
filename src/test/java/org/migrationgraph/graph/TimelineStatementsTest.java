package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.migrationgraph.validtime.ValidTime;

/** Which statement counts the timeline and lists its dates: the indexes alone only where nothing but the dates decides. */
class TimelineStatementsTest {

    private static final List<String> THREE_KINDS = List.of("Meeting", "Event", "Initiative");

    private static TimelineQuery query(String from, String to, List<String> kinds, ValidTime time) {
        return new TimelineQuery(from, to, kinds, time, null);
    }

    @Test
    void countsFromTheIndexesWithoutFromOrAValidTime() {
        assertThat(TimelineAndStatsRepository.countStatement(query(null, null, THREE_KINDS, ValidTime.ALWAYS), true))
                .contains("UNION", "e.date IS NOT NULL", "e.startDate IS NOT NULL AND e.date IS NULL").doesNotContain("e:Entity");
        assertThat(TimelineAndStatsRepository.countStatement(query(null, "2020", THREE_KINDS, ValidTime.ALWAYS), true))
                .as("a range seek up to $to").contains("e.date <= $to", "e.startDate <= $to").doesNotContain("IS NOT NULL");
    }

    @Test
    void countsByReadingEveryEntryWithAValidTimeOrAsRecorded() {
        List<String> fiveKinds = List.of("Meeting", "Event", "Initiative", "Topic", "Region");
        for (TimelineQuery scanned : List.of(query(null, null, THREE_KINDS, ValidTime.of("2020", null, null)),
                new TimelineQuery(null, null, fiveKinds, ValidTime.ALWAYS, "2026-01-01"), new TimelineQuery("2020", null, THREE_KINDS, ValidTime.ALWAYS, "2026-01-01"))) {
            assertThat(TimelineAndStatsRepository.countStatement(scanned, false)).as("%s", scanned).doesNotContain("UNION", "lastDate", "sortDate").contains("e:Entity");
        }
    }

    @Test
    void countsAFromOnTheGraphNowFromTheLastDatesWhetherFewOrManyReachIt() {
        assertThat(TimelineAndStatsRepository.countStatement(query("2020", null, THREE_KINDS, ValidTime.ALWAYS), true))
                .isEqualTo(org.migrationgraph.validtime.ValidTimeCypher.fill(TimelineAndStatsRepository.countFromLastDateStatement(THREE_KINDS), false));
        List<String> fiveKinds = List.of("Meeting", "Event", "Initiative", "Topic", "Region");
        assertThat(TimelineAndStatsRepository.countStatement(query("2020", "2021", fiveKinds, ValidTime.ALWAYS), true))
                .contains("USING INDEX SEEK e:Entity(lastDate)");
        assertThat(TimelineAndStatsRepository.countStatement(query("2020", null, THREE_KINDS, ValidTime.of("2020", null, null)), true))
                .as("bound in time: the window's rules filled in").contains("lastDate >= $from").doesNotContain("{{");
    }

    @Test
    void listsTheDatesFromTheIndexesForUpToFourKinds() {
        assertThat(TimelineAndStatsRepository.datesStatement(THREE_KINDS)).contains("UNION", "RETURN e.startDate AS start");
        assertThat(TimelineAndStatsRepository.datesStatement(List.of("Meeting", "Event", "Initiative", "Topic", "Region")))
                .doesNotContain("UNION").contains("coalesce(e.date, e.startDate)");
    }

    @Test
    void readsAFromThatFewReachFromEachKindsLastDateIndexWithTheKindsInOneOrder() {
        String page = TimelineAndStatsRepository.pageFromLastDateStatement(THREE_KINDS);
        assertThat(page).contains("MATCH (e:`Event`) WHERE e.lastDate >= $from", "MATCH (e:`Meeting`) WHERE e.lastDate >= $from", "UNION")
                .doesNotContain("USING INDEX")
                .isEqualTo(TimelineAndStatsRepository.pageFromLastDateStatement(List.of("Meeting", "Initiative", "Event", "Meeting")));
        assertThat(page.indexOf("`Event`")).isLessThan(page.indexOf("`Initiative`")).isLessThan(page.indexOf("`Meeting`"));
        assertThat(TimelineAndStatsRepository.countFromLastDateStatement(THREE_KINDS)).contains("UNION", "RETURN count(*) AS total");
        assertThat(TimelineAndStatsRepository.probeStatement(THREE_KINDS)).contains("MATCH (e:`Initiative`) WHERE e.lastDate >= $from",
                "LIMIT $narrow");
    }

    @Test
    void readsAFromThatFewReachFromTheEntitiesLastDateIndexForMoreKindsThanItSeeksFor() {
        List<String> fiveKinds = List.of("Meeting", "Event", "Initiative", "Topic", "Region");
        assertThat(TimelineAndStatsRepository.pageFromLastDateStatement(fiveKinds))
                .contains("USING INDEX SEEK e:Entity(lastDate)", "e:`Event`|`Initiative`|`Meeting`|`Region`|`Topic`").doesNotContain("UNION");
        assertThat(TimelineAndStatsRepository.countFromLastDateStatement(fiveKinds))
                .contains("USING INDEX SEEK e:Entity(lastDate)", "RETURN count(*) AS total");
        assertThat(TimelineAndStatsRepository.probeStatement(fiveKinds)).contains("MATCH (e:Entity) WHERE e.lastDate >= $from")
                .doesNotContain("UNION");
    }

    @Test
    void readsManyKindsWithoutFromInStartOrderOnTheGraphNowOnly() {
        List<String> fiveKinds = List.of("Meeting", "Event", "Initiative", "Topic", "Region");
        assertThat(TimelineAndStatsRepository.pageStatement(query(null, "2020", fiveKinds, ValidTime.ALWAYS), true))
                .contains("USING INDEX SEEK e:Entity(sortDate)", "e.sortDate < '~'", "e:`Event`|`Initiative`|`Meeting`|`Region`|`Topic`");
        assertThat(TimelineAndStatsRepository.pageStatement(new TimelineQuery(null, null, fiveKinds, ValidTime.ALWAYS, "2026-01-01"), false))
                .as("as recorded").isEqualTo(TimelineAndStatsRepository.pageStatement(fiveKinds)).doesNotContain("sortDate");
        assertThat(TimelineAndStatsRepository.countStatement(query(null, "2020", fiveKinds, ValidTime.of("2020", null, null)), true))
                .contains("USING INDEX SEEK e:Entity(sortDate)", "RETURN count(*) AS total").doesNotContain("{{");
        assertThat(TimelineAndStatsRepository.pageStatement(query(null, null, THREE_KINDS, ValidTime.ALWAYS), true))
                .isEqualTo(TimelineAndStatsRepository.pageStatement(THREE_KINDS)).contains("UNION");
    }

    @Test
    void readsManyKindsWithFewEntitiesByTheirLabelsAsBefore() {
        List<String> fiveKinds = List.of("Meeting", "Event", "Initiative", "Topic", "Region");
        for (TimelineQuery fewEntities : List.of(query(null, null, fiveKinds, ValidTime.ALWAYS), query("2020", null, fiveKinds, ValidTime.ALWAYS))) {
            assertThat(TimelineAndStatsRepository.pageStatement(fewEntities, false)).as("%s", fewEntities)
                    .isEqualTo(TimelineAndStatsRepository.pageStatement(fiveKinds)).doesNotContain("sortDate", "lastDate");
            assertThat(TimelineAndStatsRepository.countStatement(fewEntities, false)).as("%s", fewEntities)
                    .contains("MATCH (e:`Meeting`|`Event`|`Initiative`|`Topic`|`Region`)").doesNotContain("sortDate", "lastDate");
        }
        assertThat(TimelineAndStatsRepository.kindSizesStatement(List.of("Topic", "Meeting", "Topic")))
                .contains("MATCH (e:`Meeting`) RETURN count(e) AS n", "UNION ALL", "MATCH (e:`Topic`) RETURN count(e) AS n", "RETURN sum(n) AS total")
                .containsOnlyOnce("`Topic`");
    }
}
