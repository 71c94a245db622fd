package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.ParameterTypes;
import org.migrationgraph.validtime.ValidTime;

/**
 * Paths, neighbourhoods and networks with or without types and kinds pass parameters of the same
 * types, so a filter left out adds no plan of its own (a list's size class still does: see
 * {@link ParameterTypes}).
 */
class GraphParametersTest {

    private static final List<String> TYPES = List.of("ATTENDED", "MEMBER_OF");
    private static final List<String> KINDS = List.of("MemberState");

    @Test
    void givesAPathOfAnyTypeTheSameParameterTypesAsOneOfSomeTypes() {
        var any = PathRepository.parameters("a", "b", null, 10, ValidTime.ALWAYS);

        assertThat(ParameterTypes.of(any)).isEqualTo(ParameterTypes.of(PathRepository.parameters("a", "b", TYPES, 10, ValidTime.ALWAYS)));
        assertThat(any).containsEntry("anyType", true).containsEntry("types", List.of(""));
    }

    @Test
    void givesANeighbourhoodAndANetworkWithoutFiltersTheSameParameterTypesAsWithThem() {
        var open = SubgraphRepository.neighbourhoodParameters("a", null, null, 200);

        assertThat(ParameterTypes.of(open)).isEqualTo(ParameterTypes.of(SubgraphRepository.neighbourhoodParameters("a", TYPES, KINDS, 200)));
        assertThat(open).doesNotContainValue(null).containsEntry("anyType", true).containsEntry("anyKind", true);
        assertThat(ParameterTypes.of(SubgraphRepository.networkParameters(null, null, 100)))
                .isEqualTo(ParameterTypes.of(SubgraphRepository.networkParameters(KINDS, TYPES, 100)));
        assertThat(SubgraphRepository.networkParameters(List.of(), TYPES, 100)).as("no kind named: none, not any")
                .containsEntry("anyKind", false).containsEntry("kinds", List.of()).containsEntry("anyType", false);
    }
}
