package org.migrationgraph.reconcile;

import java.util.List;
import java.util.Map;

/**
 * One query of a batch, as the spec's reconciliation-query-batch has it: the text, the types it
 * may be of (kinds), at most how many candidates, and property values that must agree
 * ({@code [{"pid": "iso3", "v": "GBR"}]}).
 */
record ReconcileQuery(String query, List<String> types, int limit, List<Map<String, Object>> properties) {
}
