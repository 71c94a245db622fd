package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class InputLimitsTest {

    private static Map<String, Object> nestedNot(int levels) {
        Map<String, Object> where = Map.of("name", Map.of("eq", "x"));
        for (int i = 0; i < levels; i++) {
            where = Map.of("NOT", where);
        }
        return where;
    }

    private static Map<String, Object> orOf(int conditions) {
        return Map.of("OR", IntStream.range(0, conditions).mapToObj(i -> Map.of("id", Map.of("eq", "x" + i))).toList());
    }

    @Test
    void shouldAcceptAListOfAHundred() {
        assertThat(InputLimits.check("kinds", Collections.nCopies(100, "Meeting"))).isEmpty();
    }

    @Test
    void shouldRefuseAListOfMoreThanAHundredSayingWhichArgument() {
        assertThat(InputLimits.check("kinds", Collections.nCopies(101, "Meeting")))
                .containsExactly("'kinds' holds 101 values; at most 100.");
    }

    @Test
    void shouldFindLongListsInsideFilters() {
        Map<String, Object> where = Map.of("id", Map.of("in", Collections.nCopies(150, "x")));

        assertThat(InputLimits.check("where", where)).containsExactly("'where.id.in' holds 150 values; at most 100.");
    }

    @Test
    void shouldRefuseMoreThanThreeSortKeys() {
        List<Map<String, Object>> orderBy = Collections.nCopies(4, Map.of("field", "NAME"));

        assertThat(InputLimits.check("orderBy", orderBy)).singleElement().asString().contains("4 keys; at most 3");
    }

    @Test
    void shouldMeasureHowDeepLogicalOperatorsNest() {
        assertThat(InputLimits.check("where", nestedNot(5))).isEmpty();
        assertThat(InputLimits.check("where", nestedNot(6))).singleElement().asString().contains("6 levels deep");
        assertThat(InputLimits.check("where", nestedNot(400))).singleElement().asString().contains("400 levels deep");
    }

    @Test
    void shouldCountConditionsAcrossTheWholeFilter() {
        assertThat(InputLimits.check("where", orOf(20))).isEmpty();
        assertThat(InputLimits.check("where", orOf(21))).singleElement().asString().contains("21 conditions");
    }

    @Test
    void shouldCountSeveralFieldsOfOneObjectAsSeveralConditions() {
        Map<String, Object> where = new HashMap<>();
        where.put("name", Map.of("eq", "x"));
        where.put("kind", Map.of("eq", "Meeting"));
        where.put("AND", List.of(Map.of("id", Map.of("eq", "y"))));

        assertThat(InputLimits.check("where", orOf(18))).isEmpty();
        assertThat(InputLimits.check("where", Map.of("AND", List.of(where, orOf(18))))).singleElement().asString()
                .contains("21 conditions");
    }

    @Test
    void shouldLeaveOtherArgumentsAlone() {
        assertThat(InputLimits.check("first", 100)).isEmpty();
        assertThat(InputLimits.check("query", "x".repeat(1000))).isEmpty();
    }
}
