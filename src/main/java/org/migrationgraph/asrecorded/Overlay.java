package org.migrationgraph.asrecorded;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What differs between the graph now and the graph as recorded at {@code at}: every entity and
 * relation changed since, with the state it had then (empty when it did not exist yet). An entity
 * or relation not in here is now as it was then. {@link #NONE} is the graph now; {@link Rewind}
 * turns the rest into the writes that undo it.
 */
record Overlay(Instant at, Map<String, Optional<RecordedEntity>> entities, Map<String, Optional<RecordedRelation>> relations) {

    static final Overlay NONE = new Overlay(null, Map.of(), Map.of());

    /** Whether the query asked for a moment at all. */
    boolean asked() {
        return at != null;
    }

    /** An entity as it was recorded then, stored properties and labels, the way a query reads a node. */
    record RecordedEntity(Map<String, Object> props, List<String> labels) {
    }

    /** A relation as it was recorded then, with stored properties, the way a query reads a relationship. */
    record RecordedRelation(String id, String type, String from, String to, Map<String, Object> props) {
    }
}
