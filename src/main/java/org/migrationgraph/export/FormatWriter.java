package org.migrationgraph.export;

import java.io.IOException;

/**
 * Writes one format as the rows stream past: {@code begin} once, every node, then every edge,
 * {@code end} once. A writer holds only what its format needs between rows (an open element,
 * a batch of at most a few hundred rows), never the graph.
 */
interface FormatWriter {

    void begin(ExportContext context) throws IOException;

    default void node(ExportNode node) throws IOException {
    }

    /** Called once after the last node, before the first edge. */
    default void betweenNodesAndEdges() throws IOException {
    }

    default void edge(ExportEdge edge) throws IOException {
    }

    void end() throws IOException;
}
