package org.migrationgraph.reconcile;

import java.util.List;
import java.util.Map;

/** One candidate of a result, in the spec's shape: id, name, score (0-100), whether it is a sure match, and its types. */
record ReconcileCandidate(String id, String name, double score, boolean match, List<Map<String, String>> type, String description) {
}
