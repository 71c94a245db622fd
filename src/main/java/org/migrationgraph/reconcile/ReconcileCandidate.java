package org.migrationgraph.reconcile;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One candidate of a result, in the spec's shape: id, name, score (0-100), whether it is a sure
 * match, and its types. The spec allows a description only as text, so an entity without one
 * leaves it out rather than sending null.
 */
record ReconcileCandidate(String id, String name, double score, boolean match, List<Map<String, String>> type,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String description) {
}
