package org.migrationgraph.export;

import java.util.List;
import java.util.Map;

/** One relation as exported: its stable id ({@code <from>-<TYPE>-><to>}), ends, type, properties and citations. */
record ExportEdge(String id, String from, String type, String to, Map<String, Object> properties,
                  List<ExportCitation> citations, Map<String, Object> stored) {
}
