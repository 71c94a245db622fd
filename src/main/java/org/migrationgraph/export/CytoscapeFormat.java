package org.migrationgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cytoscape.js's elements JSON ({@code cy.add(json.elements)} or {@code cytoscape({elements})}):
 * {@code {"data": {...}, "elements": {"nodes": [{"data": ...}], "edges": [{"data": ...}]}}}, each
 * element's data holding its properties as typed JSON and its citations as objects.
 */
final class CytoscapeFormat implements FormatWriter {

    private final JsonMapper json;
    private final OutputStream out;
    private JsonGenerator generator;

    CytoscapeFormat(JsonMapper json, OutputStream out) {
        this.json = json;
        this.out = out;
    }

    @Override
    public void begin(ExportContext context) {
        generator = json.createGenerator(out);
        generator.writeStartObject();
        generator.writePOJOProperty("data", Map.of("revision", context.state().revision(), "generatedAt",
                context.generatedAt().toString(), "scope", context.scope().asParameters()));
        generator.writeObjectPropertyStart("elements");
        generator.writeArrayPropertyStart("nodes");
    }

    @Override
    public void node(ExportNode node) {
        generator.writeStartObject();
        generator.writeObjectPropertyStart("data");
        generator.writeStringProperty("id", node.id());
        generator.writeStringProperty("name", node.name());
        generator.writeStringProperty("kind", node.kind());
        generator.writePOJOProperty("kinds", node.kinds());
        properties(node.properties());
        citations(node.citations());
        generator.writeEndObject();
        generator.writeEndObject();
    }

    @Override
    public void betweenNodesAndEdges() {
        generator.writeEndArray();
        generator.writeArrayPropertyStart("edges");
    }

    @Override
    public void edge(ExportEdge edge) {
        generator.writeStartObject();
        generator.writeObjectPropertyStart("data");
        generator.writeStringProperty("id", edge.id());
        generator.writeStringProperty("source", edge.from());
        generator.writeStringProperty("target", edge.to());
        generator.writeStringProperty("relation", edge.type());
        properties(edge.properties());
        citations(edge.citations());
        generator.writeEndObject();
        generator.writeEndObject();
    }

    /** Properties by name, except any that would hide an element's own fields. */
    private void properties(Map<String, Object> properties) {
        properties.forEach((key, value) -> {
            if (!List.of("id", "name", "kind", "kinds", "source", "target", "relation", "citations").contains(key)) {
                generator.writePOJOProperty(key, value);
            }
        });
    }

    private void citations(List<ExportCitation> citations) {
        generator.writeArrayPropertyStart("citations");
        for (ExportCitation citation : citations) {
            generator.writePOJO(citation);
        }
        generator.writeEndArray();
    }

    @Override
    public void end() {
        generator.writeEndArray();
        generator.writeEndObject();
        generator.writeEndObject();
        generator.flush();
    }
}
