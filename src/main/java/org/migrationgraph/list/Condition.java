package org.migrationgraph.list;

import java.util.List;
import java.util.Map;

/**
 * A compiled filter: a boolean Cypher expression over {@code n} and the parameters it uses, and
 * the index seeks that every entity it keeps passes (its date bounds outside OR and NOT), so that
 * a page of few matches can be read from one of those indexes rather than in order from another.
 */
record Condition(String cypher, Map<String, Object> parameters, List<Seek> seeks) {

    Condition(String cypher, Map<String, Object> parameters) {
        this(cypher, parameters, List.of());
    }
}
