package org.migrationgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.migrationgraph.reads.GraphReads;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one export: checks the scope, reads the columns where the format declares them first,
 * then streams nodes and edges through the format's writer. Shared by {@code /export/...} and
 * {@code --export}.
 */
@Service
public class Exporter {

    private final ExportReader reader;
    private final JsonMapper json;

    Exporter(ExportReader reader, JsonMapper json) {
        this.reader = reader;
        this.json = json;
    }

    /** Checks what an export asks for before anything is written, so a refusal is a clean error, not half a file. */
    public Prepared prepare(ExportFormat format, ExportScope scope) {
        reader.check(scope);
        GraphReads graph = reader.graph(scope);
        Map<String, Object> parameters = reader.parameters(graph, scope);
        return new Prepared(format, scope, parameters, reader.state(), reader.undated(graph, parameters), graph);
    }

    /** The graph's revision now: what an export written now would be of. */
    public long revision() {
        return reader.state().revision();
    }

    public void write(Prepared prepared, String baseUrl, OutputStream out) throws IOException {
        ExportFormat format = prepared.format();
        boolean needsColumns = format == ExportFormat.NODES_CSV || format == ExportFormat.EDGES_CSV || format == ExportFormat.GRAPHML;
        ExportColumns columns = needsColumns ? reader.columns(prepared.graph(), prepared.parameters()) : new ExportColumns(List.of(), List.of());
        FormatWriter writer = writer(format, out);
        try {
            writer.begin(new ExportContext(columns, prepared.state(), prepared.scope(), baseUrl, Instant.now()));
            if (format.hasNodes()) {
                reader.nodes(prepared.graph(), prepared.parameters(), node -> unchecked(() -> writer.node(node)));
            }
            writer.betweenNodesAndEdges();
            if (format.hasEdges()) {
                reader.edges(prepared.graph(), prepared.parameters(), edge -> unchecked(() -> writer.edge(edge)));
            }
            if (writer instanceof CypherFormat script && prepared.scope().isWholeGraph()) {
                documents(script);
            }
            writer.end();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void documents(CypherFormat script) {
        reader.rows(CypherFormat.READ_PARAGRAPHS, row -> unchecked(() -> script.rows(CypherFormat.PARAGRAPHS, row.asMap())));
        reader.rows(CypherFormat.READ_MENTIONS, row -> unchecked(() -> script.rows(CypherFormat.MENTIONS, row.asMap())));
        reader.rows(CypherFormat.READ_REFERENCES, row -> unchecked(() -> script.rows(CypherFormat.REFERENCES, row.asMap())));
    }

    private FormatWriter writer(ExportFormat format, OutputStream out) {
        return switch (format) {
            case NODES_CSV -> new CsvFormat(out, false);
            case EDGES_CSV -> new CsvFormat(out, true);
            case GRAPHML -> new GraphMlFormat(out);
            case CYTOSCAPE -> new CytoscapeFormat(json, out);
            case JSON_LD -> new JsonLdFormat(json, out);
            case CYPHER -> new CypherFormat(out);
        };
    }

    /** The JSON-LD context for a service at {@code baseUrl}. */
    public Map<String, Object> jsonLdContext(String baseUrl) {
        return JsonLdContext.document(baseUrl);
    }

    private interface IoStep {
        void run() throws IOException;
    }

    private static void unchecked(IoStep step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An export checked and ready to write: its scope's ids are resolved, its revision read and,
     * within a window of valid time, its undated facts counted (null without one); {@code graph}
     * reads the graph now or as recorded at the scope's moment.
     */
    public record Prepared(ExportFormat format, ExportScope scope, Map<String, Object> parameters, ExportState state,
                           Integer undatedFactsIncluded, GraphReads graph) {
    }
}
