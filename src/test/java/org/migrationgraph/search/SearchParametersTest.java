package org.migrationgraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.ParameterTypes;

/** A search with or without kinds passes parameters of the same types, so leaving kinds out adds no plan of its own. */
class SearchParametersTest {

    @Test
    void givesASearchOfAnyKindTheSameParameterTypesAsOneOfSomeKinds() {
        var any = SearchService.parameters("Philippines", "philippines", null, 0, 10);

        assertThat(ParameterTypes.of(any))
                .isEqualTo(ParameterTypes.of(SearchService.parameters("Philippines", "philippines", List.of("MemberState"), 0, 10)));
        assertThat(any).doesNotContainValue(null).containsEntry("anyKind", true).containsEntry("kinds", List.of(""));
    }

    @Test
    void findsNothingForAnEmptyListOfKindsRatherThanEverything() {
        assertThat(SearchService.parameters("Philippines", "philippines", List.of(), 0, 10))
                .containsEntry("anyKind", false).containsEntry("kinds", List.of());
    }
}
