package org.migrationgraph.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.testsupport.ParameterTypes;
import org.migrationgraph.validtime.ValidTime;

/**
 * Neo4j plans a statement anew for each combination of its parameters' types (null is a type of
 * its own), so a page's parameters have the same types whatever the filter leaves out.
 */
class RelationParametersTest {

    private static RelationFilter filter(List<String> types, String direction, List<String> kinds, String cursor) {
        return new RelationFilter(types, direction, kinds, 20, RelationCursor.after(cursor), Projection.FULL, true, ValidTime.ALWAYS, null);
    }

    @Test
    void givesTheFirstPageOfEverythingTheSameParameterTypesAsANarrowPageAfterACursor() {
        String cursor = RelationCursor.encode("ATTENDED", "rel:1");
        Map<String, Object> everything = RelationRepository.parameters(filter(null, null, null, null), List.of("a", "b"));
        Map<String, Object> narrow = RelationRepository.parameters(filter(List.of("ATTENDED"), "OUTGOING", List.of("Meeting"), cursor),
                List.of("a", "b"));

        assertThat(everything).as("none null but the window's, which are null for every filter without one")
                .allSatisfy((key, value) -> assertThat(value == null).isEqualTo(key.startsWith("vt") && !key.equals("vtUndated")));
        assertThat(ParameterTypes.of(everything)).isEqualTo(ParameterTypes.of(narrow));
    }

    @Test
    void startsTheFirstPageAfterTheEmptyTypeAndReadsEitherDirectionAndAnyTypeAndKind() {
        Map<String, Object> everything = RelationRepository.parameters(filter(null, null, null, null), List.of("a"));

        assertThat(everything).containsEntry("afterType", "").containsEntry("afterId", "").containsEntry("direction", "EITHER")
                .containsEntry("anyType", true).containsEntry("anyKind", true);
        assertThat(RelationRepository.parameters(filter(List.of("ATTENDED"), "INCOMING", List.of(), null), List.of("a")))
                .containsEntry("anyType", false).containsEntry("types", List.of("ATTENDED")).containsEntry("direction", "INCOMING")
                .containsEntry("anyKind", false).containsEntry("kinds", List.of());
    }
}
