package org.migrationgraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** An entity's last date, as the importer works it out without Cypher: the same rule as the writers' statement. */
class LastDateRuleTest {

    @Test
    void takesTheEndDateThenTheDateThenTheStartDateOfADatedEntityOnly() {
        assertThat(BulkWrites.lastDate(Map.of("date", "2018-12-10", "startDate", "2018-12-09", "endDate", "2018-12-11"))).hasValue("2018-12-11");
        assertThat(BulkWrites.lastDate(Map.of("date", "2018-12-10", "startDate", "2018-12-09"))).hasValue("2018-12-10");
        assertThat(BulkWrites.lastDate(Map.of("startDate", "2006"))).hasValue("2006");
        assertThat(BulkWrites.lastDate(Map.of("endDate", "2030"))).as("an end without a start or date is undated").isEmpty();
        assertThat(BulkWrites.lastDate(Map.of("name", "IOM"))).isEmpty();
        assertThat(BulkWrites.lastDate("m")).isEqualTo(
                "CASE WHEN coalesce(m.date, m.startDate) IS NOT NULL THEN coalesce(m.endDate, m.date, m.startDate) END");
    }
}
