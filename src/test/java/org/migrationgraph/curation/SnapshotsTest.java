package org.migrationgraph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.seed.SeedCitation;
import org.migrationgraph.seed.SeedEntity;

/** History names the fields a change touched, each property by name. */
class SnapshotsTest {

    private static SeedEntity entity(String name, Map<String, Object> properties, List<SeedCitation> citations) {
        return new SeedEntity("org:x", List.of("Organization"), name, List.of("X"), null, null, properties, citations, "x.yaml", 0);
    }

    @Test
    void shouldListTheChangedFieldsAndPropertiesInOrder() {
        var before = Snapshots.json(entity("X", Map.of("since", "2019", "role", "member"), List.of()));
        var after = Snapshots.json(entity("Y", Map.of("since", "2020", "count", 3L, "role", "member"),
                List.of(new SeedCitation(null, null, null, "ref:un-m49", null, "x.yaml", 0))));

        assertThat(Snapshots.changedFields(before, after)).containsExactly("citations", "name", "properties.count", "properties.since");
    }

    @Test
    void shouldFindNothingChangedInTheSameEntity() {
        var same = Snapshots.json(entity("X", Map.of("since", "2019"), List.of()));

        assertThat(Snapshots.changedFields(same, Snapshots.json(entity("X", Map.of("since", "2019"), List.of())))).isEmpty();
    }
}
