package org.migrationgraph.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.validtime.ValidTime;

class HubTotalsTest {

    private static final KindReach BOTH_WAYS_ALL_OUT = new KindReach(true, true, true, false);

    @Test
    void shouldCountBothDirectionsTogetherFromTheDegreeOnlyWhenEveryEndInBothIsOfTheKinds() {
        assertThat(HubTotals.typeParameters(filter(null), BOTH_WAYS_ALL_OUT)).containsEntry("side", "EITHER").containsEntry("all", false);
        assertThat(HubTotals.typeParameters(filter(null), new KindReach(true, true, true, true)))
                .containsEntry("side", "EITHER").containsEntry("all", true);
    }

    @Test
    void shouldCountTheOneDirectionAskedOrReachedFromTheDegreeWhenItsEveryEndIsOfTheKinds() {
        assertThat(HubTotals.typeParameters(filter("OUTGOING"), BOTH_WAYS_ALL_OUT)).containsEntry("side", "OUTGOING").containsEntry("all", true);
        assertThat(HubTotals.typeParameters(filter("INCOMING"), BOTH_WAYS_ALL_OUT)).containsEntry("side", "INCOMING").containsEntry("all", false);
        assertThat(HubTotals.typeParameters(filter(null), new KindReach(false, true, false, true)))
                .containsEntry("side", "INCOMING").containsEntry("all", true).containsEntry("kinds", List.of("Statement"));
    }

    @Test
    void shouldNotCountATypeThatCannotReachTheKindsInTheDirectionAsked() {
        assertThat(HubTotals.typeParameters(filter(null), KindReach.NONE)).isNull();
        assertThat(HubTotals.typeParameters(filter("OUTGOING"), new KindReach(false, true, false, true))).isNull();
    }

    @Test
    void shouldLeaveValidTimeAndThePastGraphToThePageStatement() {
        assertThat(HubTotals.countsHubsOf(filter(null))).isTrue();
        assertThat(HubTotals.countsHubsOf(new RelationFilter(null, null, List.of("Statement"), 20, RelationCursor.after(null), Projection.FULL,
                true, ValidTime.of("2020", null, null), null))).isFalse();
        assertThat(HubTotals.countsHubsOf(new RelationFilter(null, null, List.of("Statement"), 20, RelationCursor.after(null), Projection.FULL,
                true, ValidTime.ALWAYS, "2026-01-01"))).isFalse();
        assertThat(HubTotals.countsHubsOf(new RelationFilter(null, null, null, 20, RelationCursor.after(null), Projection.FULL,
                true, ValidTime.ALWAYS, null))).as("no kind: the degrees answer").isFalse();
    }

    private static RelationFilter filter(String direction) {
        return new RelationFilter(null, direction, List.of("Statement"), 20, RelationCursor.after(null), Projection.FULL, true,
                ValidTime.ALWAYS, null);
    }
}
