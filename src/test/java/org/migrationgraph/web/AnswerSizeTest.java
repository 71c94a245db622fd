package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AnswerSizeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void shouldCountWithinAFewBytesOfTheJsonWritten() {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", "state:PHL");
        node.put("name", "Philippines");
        node.put("degree", 42);
        node.put("member", true);
        node.put("since", null);
        Map<String, Object> data = Map.of("nodes", List.of(node, node, node), "totalCount", 3);

        long written = JSON.writeValueAsString(data).length();

        assertThat(AnswerSize.of(data, Long.MAX_VALUE)).isBetween(written, written + 16);
    }

    @Test
    void shouldStopCountingOnceOverTheLimit() {
        List<Object> huge = new ArrayList<>(Collections.nCopies(1_000_000, "x".repeat(100)));

        assertThat(AnswerSize.of(Map.of("list", huge), 1_000)).isGreaterThan(1_000).isLessThan(1_200);
    }

    @Test
    void shouldCountNothingAsFourBytes() {
        assertThat(AnswerSize.of(null, 100)).isEqualTo(4);
    }
}
