package org.migrationgraph.export;

import java.util.List;
import java.util.Map;

/**
 * One entity as exported: its kinds (the primary one first), name, the properties a reader
 * wants (no search keys or seed bookkeeping), its citations, and the node as stored (for the
 * Cypher script, which recreates it exactly).
 */
record ExportNode(String id, String kind, List<String> kinds, String name, Map<String, Object> properties,
                  List<ExportCitation> citations, Map<String, Object> stored) {
}
