package org.migrationgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML (Gephi, Cytoscape desktop, yEd, networkx, igraph): every property a typed
 * {@code <key>} (long, double, boolean or string; lists as text joined by {@code " | "}),
 * {@code label} on nodes (the name) and edges (the relation type), and the citations as text.
 * Key ids are {@code n0..}/{@code e0..} so that any property name is safe in them.
 */
final class GraphMlFormat implements FormatWriter {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final List<String> NODE_FIXED = List.of("label", "kind", "kinds");
    private static final List<String> EDGE_FIXED = List.of("relationId", "label", "relation");

    private final OutputStream out;
    private XMLStreamWriter xml;
    private ExportColumns columns;

    GraphMlFormat(OutputStream out) {
        this.out = out;
    }

    @Override
    public void begin(ExportContext context) throws IOException {
        columns = context.columns();
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            keys("node", "n", NODE_FIXED, columns.node());
            keys("edge", "e", EDGE_FIXED, columns.edge());
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "migration-graph");
            xml.writeAttribute("edgedefault", "directed");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void keys(String domain, String prefix, List<String> fixed, List<ExportColumns.Column> properties) throws XMLStreamException {
        for (String name : fixed) {
            key(prefix + "_" + name, domain, name, "string");
        }
        for (int i = 0; i < properties.size(); i++) {
            key(prefix + i, domain, properties.get(i).name(), type(properties.get(i).type()));
        }
        for (String name : CsvFormat.CITATION_COLUMNS) {
            key(prefix + "_" + name, domain, name, "string");
        }
    }

    private void key(String id, String domain, String name, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static String type(ExportColumns.ValueType type) {
        return switch (type) {
            case LONG -> "long";
            case DOUBLE -> "double";
            case BOOLEAN -> "boolean";
            default -> "string";
        };
    }

    @Override
    public void node(ExportNode node) throws IOException {
        try {
            xml.writeStartElement("node");
            xml.writeAttribute("id", node.id());
            data("n_label", node.name());
            data("n_kind", node.kind());
            data("n_kinds", String.join(Values.SEPARATOR, node.kinds()));
            properties("n", columns.node(), node.properties());
            citations("n", node.citations());
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void edge(ExportEdge edge) throws IOException {
        try {
            // GraphML's ids are XML name tokens, which a relation id's "->" is not; it goes in a data key instead.
            xml.writeStartElement("edge");
            xml.writeAttribute("source", edge.from());
            xml.writeAttribute("target", edge.to());
            data("e_relationId", edge.id());
            data("e_label", edge.type());
            data("e_relation", edge.type());
            properties("e", columns.edge(), edge.properties());
            citations("e", edge.citations());
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void properties(String prefix, List<ExportColumns.Column> keys, Map<String, Object> values) throws XMLStreamException {
        for (int i = 0; i < keys.size(); i++) {
            Object value = values.get(keys.get(i).name());
            if (value != null) {
                data(prefix + i, Values.flat(value));
            }
        }
    }

    private void citations(String prefix, List<ExportCitation> citations) throws XMLStreamException {
        if (citations.isEmpty()) {
            return;
        }
        data(prefix + "_cited_documents", Values.joined(citations, ExportCitation::document, true));
        data(prefix + "_cited_paragraphs", Values.joined(citations, ExportCitation::paragraph, true));
        data(prefix + "_cited_quotes", Values.joined(citations, ExportCitation::quote, true));
        data(prefix + "_cited_references", Values.joined(citations, ExportCitation::reference, false));
        data(prefix + "_cited_reference_details", Values.joined(citations, ExportCitation::detail, false));
    }

    private void data(String key, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    @Override
    public void end() throws IOException {
        try {
            xml.writeEndElement(); // graph
            xml.writeEndElement(); // graphml
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
