package org.migrationgraph.export;

import java.time.Instant;

/**
 * What a writer knows before the first row: the columns (for formats that declare them first),
 * the graph's revision and time, the scope, and the service's address (JSON-LD's identifiers
 * and context).
 */
record ExportContext(ExportColumns columns, ExportState state, ExportScope scope, String baseUrl, Instant generatedAt) {

    /** A document's or an entity's address under this service, for JSON-LD and GraphML consumers. */
    String entityIri(String id) {
        return baseUrl + "/id/" + id;
    }
}
