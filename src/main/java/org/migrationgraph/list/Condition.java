package org.migrationgraph.list;

import java.util.Map;

/** A compiled filter: a boolean Cypher expression over {@code n} and the parameters it uses. */
record Condition(String cypher, Map<String, Object> parameters) {
}
