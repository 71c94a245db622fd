package org.migrationgraph.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The entities each generation touched are known for curated writes only, and a span of
 * generations is known only if every one in it is.
 */
class GraphChangesTest {

    private static GraphChange change(String source, long revision, String... entityIds) {
        return new GraphChange(List.of(entityIds), List.of(), source, revision, "2026-12-07T00:00:00Z");
    }

    @Test
    void curatedWritesTouchTheEntitiesTheyNameAndASpanTouchesAllOfThem() {
        GraphChanges changes = new GraphChanges();
        long start = changes.generation();
        changes.publish(change(GraphChange.CURATION, 1, "org:a", "org:b"));
        changes.publish(change(GraphChange.CURATION, 2, "org:b", "org:c"));

        assertThat(changes.generation()).isEqualTo(start + 2);
        assertThat(changes.touched(start, start + 2)).contains(Set.of("org:a", "org:b", "org:c"));
        assertThat(changes.touched(start + 1, start + 2)).contains(Set.of("org:b", "org:c"));
        assertThat(changes.touched(start + 2, start + 2)).as("nothing since").contains(Set.of());
    }

    @Test
    void anInvalidationOrASeedLoadMakesEverySpanOverItUnknown() {
        GraphChanges changes = new GraphChanges();
        changes.publish(change(GraphChange.CURATION, 1, "org:a"));
        changes.invalidate();
        changes.publish(change("seed-load", 2, "org:b"));
        changes.publish(change(GraphChange.CURATION, 3, "org:c"));

        assertThat(changes.touched(0, 1)).contains(Set.of("org:a"));
        assertThat(changes.touched(0, 2)).isEmpty();
        assertThat(changes.touched(2, 3)).isEmpty();
        assertThat(changes.touched(3, 4)).contains(Set.of("org:c"));
    }

    @Test
    void generationsLongPastAreNoLongerKnown() {
        GraphChanges changes = new GraphChanges();
        for (int i = 1; i <= 2_000; i++) {
            changes.publish(change(GraphChange.CURATION, i, "org:" + i));
        }
        assertThat(changes.touched(0, 2_000)).isEmpty();
        assertThat(changes.touched(1_990, 2_000)).hasValueSatisfying(ids -> assertThat(ids).hasSize(10));
    }
}
