package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.ParameterTypes;
import org.migrationgraph.validtime.ValidTime;

/**
 * Paths with or without types pass parameters of the same types, so each statement is planned
 * once, not once per combination of filters left out.
 */
class GraphParametersTest {

    private static final List<String> TYPES = List.of("ATTENDED", "MEMBER_OF");

    @Test
    void givesAPathOfAnyTypeTheSameParameterTypesAsOneOfSomeTypes() {
        var any = PathRepository.parameters("a", "b", null, 10, ValidTime.ALWAYS);

        assertThat(ParameterTypes.of(any)).isEqualTo(ParameterTypes.of(PathRepository.parameters("a", "b", TYPES, 10, ValidTime.ALWAYS)));
        assertThat(any).containsEntry("anyType", true).containsEntry("types", List.of(""));
    }
}
