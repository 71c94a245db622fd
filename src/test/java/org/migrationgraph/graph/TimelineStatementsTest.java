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
        assertThat(TimelineAndStatsRepository.countStatement(query(null, null, THREE_KINDS, ValidTime.ALWAYS)))
                .contains("UNION", "e.date IS NOT NULL", "e.startDate IS NOT NULL AND e.date IS NULL").doesNotContain("e:Entity");
        assertThat(TimelineAndStatsRepository.countStatement(query(null, "2020", THREE_KINDS, ValidTime.ALWAYS)))
                .as("a range seek up to $to").contains("e.date <= $to", "e.startDate <= $to").doesNotContain("IS NOT NULL");
    }

    @Test
    void countsByReadingEveryEntryWithFromAValidTimeOrManyKinds() {
        List<String> fiveKinds = List.of("Meeting", "Event", "Initiative", "Topic", "Region");
        for (TimelineQuery scanned : List.of(query("2020", null, THREE_KINDS, ValidTime.ALWAYS),
                query(null, null, THREE_KINDS, ValidTime.of("2020", null, null)), query(null, null, fiveKinds, ValidTime.ALWAYS))) {
            assertThat(TimelineAndStatsRepository.countStatement(scanned)).as("%s", scanned).doesNotContain("UNION").contains("e:Entity");
        }
    }

    @Test
    void listsTheDatesFromTheIndexesForUpToFourKinds() {
        assertThat(TimelineAndStatsRepository.datesStatement(THREE_KINDS)).contains("UNION", "RETURN e.startDate AS start");
        assertThat(TimelineAndStatsRepository.datesStatement(List.of("Meeting", "Event", "Initiative", "Topic", "Region")))
                .doesNotContain("UNION").contains("coalesce(e.date, e.startDate)");
    }

    @Test
    void readsAFromThatFewReachFromTheLastDatesIndexWithTheKindsInOneOrder() {
        String page = TimelineAndStatsRepository.pageFromLastDateStatement(THREE_KINDS);
        assertThat(page).contains("USING INDEX SEEK e:Entity(lastDate)", "e.lastDate >= $from", "e:`Event`|`Initiative`|`Meeting`")
                .isEqualTo(TimelineAndStatsRepository.pageFromLastDateStatement(List.of("Meeting", "Initiative", "Event", "Meeting")));
        assertThat(TimelineAndStatsRepository.countFromLastDateStatement(THREE_KINDS))
                .contains("USING INDEX SEEK e:Entity(lastDate)", "RETURN count(*) AS total");
    }
}
