package org.migrationgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON-LD 1.1 against the service's own context ({@code /export/context.jsonld}, see
 * {@link JsonLdContext}): each entity a node typed with its schema.org type where one fits
 * and its own kind, named, with ISO 3166 and M49 codes as {@code identifier}s; each relation
 * both a direct link ({@code from MEMBER_OF to}, for simple graph readers) and a reified
 * statement ({@code rdf:Statement}) carrying its properties and citations, the way statement-
 * level provenance is kept in Wikidata and OpenSanctions. Node objects with the same
 * {@code @id} merge, which lets relations stream after their entities.
 */
final class JsonLdFormat implements FormatWriter {

    private final JsonMapper json;
    private final OutputStream out;
    private JsonGenerator generator;
    private ExportContext context;

    JsonLdFormat(JsonMapper json, OutputStream out) {
        this.json = json;
        this.out = out;
    }

    @Override
    public void begin(ExportContext context) {
        this.context = context;
        generator = json.createGenerator(out);
        generator.writeStartObject();
        generator.writeStringProperty("@context", context.baseUrl() + JsonLdContext.PATH);
        generator.writeArrayPropertyStart("@graph");
    }

    @Override
    public void node(ExportNode node) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("@id", context.entityIri(node.id()));
        List<String> types = new ArrayList<>();
        JsonLdContext.schemaType(node.kinds()).ifPresent(types::add);
        node.kinds().forEach(kind -> types.add("mg:" + kind));
        object.put("@type", types);
        object.put("name", node.name());
        List<Map<String, Object>> identifiers = new ArrayList<>();
        identifiers.add(identifier("migration-graph id", node.id()));
        JsonLdContext.CODES.forEach((key, scheme) -> {
            if (node.properties().get(key) != null) {
                identifiers.add(identifier(scheme, String.valueOf(node.properties().get(key))));
            }
        });
        object.put("identifier", identifiers);
        node.properties().forEach((key, value) -> object.put(JsonLdContext.term(key), value));
        object.put("citation", citations(node.citations()));
        generator.writePOJO(object);
    }

    @Override
    public void edge(ExportEdge edge) {
        String from = context.entityIri(edge.from());
        String to = context.entityIri(edge.to());
        generator.writePOJO(Map.of("@id", from, edge.type(), Map.of("@id", to)));
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("@id", context.baseUrl() + "/relation/" + URLEncoder.encode(edge.id(), StandardCharsets.UTF_8));
        statement.put("@type", "rdf:Statement");
        statement.put("relationId", edge.id());
        statement.put("rdf:subject", Map.of("@id", from));
        statement.put("rdf:predicate", Map.of("@id", "mg:" + edge.type()));
        statement.put("rdf:object", Map.of("@id", to));
        edge.properties().forEach((key, value) -> statement.put(JsonLdContext.term(key), value));
        statement.put("citation", citations(edge.citations()));
        generator.writePOJO(statement);
    }

    private static Map<String, Object> identifier(String scheme, String value) {
        return Map.of("@type", "schema:PropertyValue", "propertyID", scheme, "value", value);
    }

    private List<Map<String, Object>> citations(List<ExportCitation> citations) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (ExportCitation c : citations) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (c.paragraph() != null) {
                object.put("@type", "schema:Quotation");
                object.put("isPartOf", context.entityIri(c.document()));
                object.put("paragraph", c.paragraph());
                if (c.paragraphNumber() != null) {
                    object.put("position", c.paragraphNumber());
                }
                object.put("text", c.quote());
            } else {
                object.put("@type", "schema:CreativeWork");
                object.put("reference", context.baseUrl() + "/reference/" + c.reference());
                if (c.detail() != null) {
                    object.put("locator", c.detail());
                }
            }
            objects.add(object);
        }
        return objects;
    }

    @Override
    public void end() throws IOException {
        generator.writeEndArray();
        generator.writeEndObject();
        generator.flush();
    }
}
