package org.migrationgraph.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.ParameterTypes;

/** Interlocks with or without kinds pass parameters of the same types, so leaving kinds out adds no plan of its own. */
class AnalyticsParametersTest {

    private static final List<String> TYPES = List.of("ATTENDED", "MEMBER_OF");

    @Test
    void givesInterlocksOfAnyKindTheSameParameterTypesAsOfSomeKinds() {
        var any = AnalyticsRepository.interlockParameters("state:PHL", null, TYPES, 5, 20);

        assertThat(ParameterTypes.of(any))
                .isEqualTo(ParameterTypes.of(AnalyticsRepository.interlockParameters("state:PHL", List.of("MemberState"), TYPES, 5, 20)));
        assertThat(any).doesNotContainValue(null).containsEntry("anyKind", true).containsEntry("kinds", List.of(""));
    }
}
