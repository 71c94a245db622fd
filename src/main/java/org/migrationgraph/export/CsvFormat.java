package org.migrationgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code nodes.csv} or {@code edges.csv} (RFC 4180, UTF-8, CRLF): fixed columns first, then
 * one column per property key, then the citation columns, each citation's parts aligned across
 * them and joined by {@code " | "}. Column names avoid Gephi's reserved {@code Type}.
 */
final class CsvFormat implements FormatWriter {

    static final List<String> NODE_COLUMNS = List.of("id", "name", "kind", "kinds");
    static final List<String> EDGE_COLUMNS = List.of("id", "source", "target", "relation");
    static final List<String> CITATION_COLUMNS = List.of("cited_documents", "cited_paragraphs", "cited_quotes",
            "cited_references", "cited_reference_details");

    private final OutputStream out;
    private final boolean edges;
    private CSVPrinter printer;
    private List<ExportColumns.Column> properties;

    CsvFormat(OutputStream out, boolean edges) {
        this.out = out;
        this.edges = edges;
    }

    @Override
    public void begin(ExportContext context) throws IOException {
        properties = edges ? context.columns().edge() : context.columns().node();
        List<String> header = new ArrayList<>(edges ? EDGE_COLUMNS : NODE_COLUMNS);
        properties.forEach(p -> header.add(p.name()));
        header.addAll(CITATION_COLUMNS);
        printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    }

    @Override
    public void node(ExportNode node) throws IOException {
        if (!edges) {
            print(List.of(node.id(), node.name(), node.kind(), String.join(Values.SEPARATOR, node.kinds())), node.properties(),
                    node.citations());
        }
    }

    @Override
    public void edge(ExportEdge edge) throws IOException {
        if (edges) {
            print(List.of(edge.id(), edge.from(), edge.to(), edge.type()), edge.properties(), edge.citations());
        }
    }

    private void print(List<String> fixed, Map<String, Object> values, List<ExportCitation> citations) throws IOException {
        List<String> record = new ArrayList<>(fixed);
        properties.forEach(p -> record.add(Values.flat(values.get(p.name()))));
        record.add(Values.joined(citations, ExportCitation::document, true));
        record.add(Values.joined(citations, ExportCitation::paragraph, true));
        record.add(Values.joined(citations, ExportCitation::quote, true));
        record.add(Values.joined(citations, ExportCitation::reference, false));
        record.add(Values.joined(citations, ExportCitation::detail, false));
        printer.printRecord(record);
    }

    @Override
    public void end() throws IOException {
        printer.flush();
    }
}
