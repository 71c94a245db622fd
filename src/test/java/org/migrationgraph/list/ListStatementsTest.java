package org.migrationgraph.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.validtime.ValidTime;

/** The list statements' text: what lets Neo4j read a page in an index's order, and a count from its count store. */
class ListStatementsTest {

    private static ListQuery query(String kind, String field) {
        List<Map<String, Object>> orderBy = field == null ? List.of() : List.of(Map.of("field", field, "direction", "ASC"));
        return new ListQuery(kind, new Condition("true", Map.of()), orderBy, 20, 0, ValidTime.ALWAYS, null);
    }

    @Test
    void saysTheFirstSortKeyIsPresentWhenAnIndexHoldsIt() {
        assertThat(ListRepository.pageStatement(query("Statement", null), Projection.FULL))
                .contains("n.sortName IS NOT NULL", "ORDER BY n.sortName, n.id");
        assertThat(ListRepository.pageStatement(query("Statement", "ID"), Projection.FULL)).contains("n.id IS NOT NULL");
        assertThat(ListRepository.pageStatement(query("Meeting", "DATE"), Projection.FULL))
                .contains("n.sortDate IS NOT NULL", "ORDER BY n.sortDate ASC, n.id");
    }

    @Test
    void countsOneKindWithoutAskingEachItsEntityLabel() {
        assertThat(ListRepository.countStatement(query("Statement", null))).startsWith("MATCH (n:`Statement`) WHERE true").doesNotContain("n:Entity");
        assertThat(ListRepository.countStatement(query(null, null))).startsWith("MATCH (n:Entity)");
    }
}
