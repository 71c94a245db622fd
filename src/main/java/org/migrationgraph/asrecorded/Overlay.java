package org.migrationgraph.asrecorded;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What differs between the graph now and the graph as recorded at {@code at}: every entity and
 * relation changed since, with the state it had then (empty when it did not exist yet). An entity
 * or relation not in here is now as it was then. {@link #NONE} is the graph now.
 */
public record Overlay(Instant at, Map<String, Optional<RecordedEntity>> entities, Map<String, Optional<RecordedRelation>> relations) {

    public static final Overlay NONE = new Overlay(null, Map.of(), Map.of());

    /** Whether the query asked for a moment at all. */
    public boolean asked() {
        return at != null;
    }

    /** The ids whose current state is not the recorded one: a query leaves these out of what it reads now. */
    public Set<String> changedEntityIds() {
        return entities.keySet();
    }

    public Set<String> changedRelationIds() {
        return relations.keySet();
    }

    /** The relations that existed then but have changed or gone since, touching this entity. */
    public List<RecordedRelation> relationsOf(String entityId) {
        return relations.values().stream().flatMap(Optional::stream)
                .filter(r -> r.from().equals(entityId) || r.to().equals(entityId)).toList();
    }

    /** Every relation that existed then but has changed or gone since. */
    public List<RecordedRelation> recordedRelations() {
        return relations.values().stream().flatMap(Optional::stream).toList();
    }

    /** An entity's recorded state when it changed since; empty when it is now as it was then. */
    public Optional<Optional<RecordedEntity>> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    /** An entity as it was recorded then, stored properties and labels, the way a query reads a node. */
    public record RecordedEntity(Map<String, Object> props, List<String> labels) {
    }

    /** A relation as it was recorded then, with stored properties, the way a query reads a relationship. */
    public record RecordedRelation(String id, String type, String from, String to, Map<String, Object> props) {
    }
}
