package org.migrationgraph.reads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CellTest {

    private final Row row = new Row(PlainValues.row(Map.of("name", "Philippines", "degree", 42L,
            "props", Map.of("aliases", new String[] {"PHL", "the Philippines"}, "m49", new long[] {608}))));

    @Test
    void shouldReadColumnsAndNestedValuesLikeTheDriverDoes() {
        assertThat(row.get("name").asString()).isEqualTo("Philippines");
        assertThat(row.get("degree").asInt()).isEqualTo(42);
        assertThat(row.get("props").get("aliases").asList(Cell::asString)).containsExactly("PHL", "the Philippines");
    }

    @Test
    void shouldTurnArrayPropertiesIntoListsAtEveryDepth() {
        assertThat(row.get("props").asMap()).containsEntry("aliases", List.of("PHL", "the Philippines"))
                .containsEntry("m49", List.of(608L));
    }

    @Test
    void shouldReadAMissingColumnAsNullAndSayWhenAValueIsRequired() {
        assertThat(row.get("status").isNull()).isTrue();
        assertThat(row.get("status").asString(null)).isNull();
        assertThatThrownBy(() -> row.get("status").asString())
                .hasMessage("A read returned null where the mapping expects a value.");
    }
}
