package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.migrationgraph.validtime.ValidTime;
import org.springframework.beans.factory.annotation.Autowired;

/** Counts from the tallies are the counts over every fact, in every window and without one. */
class StatsTalliesIT extends GraphIntegrationTest {

    @Autowired
    TimelineAndStatsRepository repository;

    @Test
    void countsFromTheTalliesAgreeWithCountsOverEveryFactInEveryWindow() {
        Map<String, Object> period = new HashMap<>();
        period.put("from", "2018");
        period.put("to", "2019-06");
        Map<String, Object> openEnded = new HashMap<>();
        openEnded.put("from", "2021");
        List<ValidTime> windows = List.of(ValidTime.ALWAYS, ValidTime.of("2019-12-31", null, null), ValidTime.of("2019-12-31", null, "EXCLUDE"),
                ValidTime.of("2020-06", null, null), ValidTime.of("2022", null, "EXCLUDE"), ValidTime.of("1990", null, null),
                ValidTime.of(null, period, null), ValidTime.of(null, openEnded, "EXCLUDE"));
        for (ValidTime window : windows) {
            Stats tallied = repository.stats(window, null);
            Stats counted = repository.statsOverEveryFact(window);
            assertThat(tallied).as("%s", window).isEqualTo(counted);
        }
        assertThat(repository.stats(ValidTime.of("2019-12-31", null, null), null).relations())
                .isLessThan(repository.stats(ValidTime.ALWAYS, null).relations()).isPositive();
    }
}
