package org.migrationgraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** An entity's sort date, as the importer works it out without Cypher: the same rule as the writers' statement. */
class SortDateRuleTest {

    @Test
    void takesTheDateThenTheStartDateThenSortsTheUndatedLast() {
        assertThat(BulkWrites.sortDate(Map.of("date", "2018-12-10", "startDate", "2018-12-09"))).isEqualTo("2018-12-10");
        assertThat(BulkWrites.sortDate(Map.of("startDate", "2006"))).isEqualTo("2006");
        Map<String, Object> nullDate = new HashMap<>(Map.of("startDate", "2016-09"));
        nullDate.put("date", null);
        assertThat(BulkWrites.sortDate(nullDate)).isEqualTo("2016-09");
        assertThat(BulkWrites.sortDate(Map.of("name", "IOM"))).isEqualTo(BulkWrites.UNDATED);
        assertThat(BulkWrites.UNDATED).as("after every ISO date").isGreaterThan("9999-12-31");
        assertThat(BulkWrites.sortDate("m")).isEqualTo("coalesce(m.date, m.startDate, '~')");
    }
}
