package org.migrationgraph.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Figures worked out by hand on small graphs. */
class MetricsTest {

    private static Set<String> nodes(String... ids) {
        return new LinkedHashSet<>(List.of(ids));
    }

    @Test
    void degreeAndBetweennessOfAStarWithATail() {
        // A is linked to B, C and D; D to E. A lies on 5 of the 6 shortest paths between the others, D on 3.
        Map<String, Metrics.NodeMetrics> m = Metrics.of(nodes("A", "B", "C", "D", "E"),
                List.of(new String[] {"A", "B"}, new String[] {"A", "C"}, new String[] {"A", "D"}, new String[] {"D", "E"}));

        assertThat(m.get("A").degree()).isEqualTo(3);
        assertThat(m.get("D").degree()).isEqualTo(2);
        assertThat(m.get("B").degree()).isEqualTo(1);
        assertThat(m.get("A").betweenness()).isCloseTo(5.0 / 6, within(1e-9));
        assertThat(m.get("D").betweenness()).isCloseTo(3.0 / 6, within(1e-9));
        assertThat(m.get("B").betweenness()).isZero();
        assertThat(m.values().stream().mapToDouble(Metrics.NodeMetrics::pageRank).sum()).isCloseTo(1.0, within(1e-6));
        assertThat(m.get("E").pageRank()).as("pointed at by D, which A points at").isGreaterThan(m.get("A").pageRank());
    }

    @Test
    void twoTrianglesJoinedByOneTieAreTwoCommunitiesTheSameEveryTime() {
        List<String[]> edges = List.of(new String[] {"a1", "a2"}, new String[] {"a2", "a3"}, new String[] {"a3", "a1"},
                new String[] {"b1", "b2"}, new String[] {"b2", "b3"}, new String[] {"b3", "b1"}, new String[] {"a3", "b1"});
        Map<String, Metrics.NodeMetrics> m = Metrics.of(nodes("a1", "a2", "a3", "b1", "b2", "b3"), edges);

        assertThat(m.get("a1").community()).isEqualTo(m.get("a2").community()).isEqualTo(m.get("a3").community());
        assertThat(m.get("b1").community()).isEqualTo(m.get("b2").community()).isEqualTo(m.get("b3").community());
        assertThat(m.get("a1").community()).isNotEqualTo(m.get("b1").community());
        assertThat(Metrics.of(nodes("a1", "a2", "a3", "b1", "b2", "b3"), edges)).isEqualTo(m);
    }

    @Test
    void anIsolatedEntityHasNoDegreeAndACommunityOfItsOwn() {
        Map<String, Metrics.NodeMetrics> m = Metrics.of(nodes("A", "B", "C"), List.<String[]>of(new String[] {"A", "B"}));
        assertThat(m.get("C").degree()).isZero();
        assertThat(m.get("C").community()).isNotEqualTo(m.get("A").community());
    }
}
