package org.migrationgraph.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON-LD context the service serves at {@value #PATH}: schema.org terms where they fit,
 * the graph's own vocabulary ({@code <service>/vocab#}) for every kind, relation type and
 * property, and RDF's reification terms for relations.
 */
final class JsonLdContext {

    static final String PATH = "/export/context.jsonld";

    /** The identifier schemes of the codes States and regions carry. */
    static final Map<String, String> CODES = Map.of("iso3", "ISO 3166-1 alpha-3", "iso2", "ISO 3166-1 alpha-2", "m49", "UN M49");

    /** The schema.org type of a kind, where one fits. */
    private static final Map<String, String> SCHEMA_TYPES = Map.ofEntries(
            Map.entry("MemberState", "Country"), Map.entry("ObserverState", "Country"),
            Map.entry("Organization", "GovernmentOrganization"), Map.entry("Person", "Person"),
            Map.entry("Meeting", "Event"), Map.entry("Event", "Event"), Map.entry("Framework", "Legislation"),
            Map.entry("Document", "CreativeWork"), Map.entry("Statement", "CreativeWork"), Map.entry("Region", "Place"));

    /**
     * schema.org properties the export uses by their short names. Types are always written as
     * compact IRIs ({@code schema:Event}, {@code mg:Event}), since a kind may share a schema.org
     * type's name.
     */
    private static final List<String> SCHEMA_TERMS = List.of("name", "description", "alternateName", "identifier", "propertyID",
            "value", "text", "position", "citation");

    /** Terms the context gives a meaning; a property of the same name is written as {@code mg:<name>} instead. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("name", "alternateName", "identifier", "propertyID",
            "value", "text", "position", "citation", "isPartOf", "reference");

    /** Properties whose stored name differs from the schema.org term used for them. */
    private static final Map<String, String> RENAMED = Map.of("aliases", "alternateName");

    private JsonLdContext() {
    }

    static Optional<String> schemaType(List<String> kinds) {
        return kinds.stream().map(SCHEMA_TYPES::get).filter(t -> t != null).findFirst().map(t -> "schema:" + t);
    }

    static String term(String property) {
        String renamed = RENAMED.getOrDefault(property, property);
        return renamed.equals(property) && RESERVED.contains(property) ? "mg:" + property : renamed;
    }

    /** The context document for a service at {@code baseUrl}. */
    static Map<String, Object> document(String baseUrl) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("@version", 1.1);
        context.put("@vocab", baseUrl + "/vocab#");
        context.put("mg", baseUrl + "/vocab#");
        context.put("schema", "https://schema.org/");
        context.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        SCHEMA_TERMS.forEach(term -> context.put(term, "schema:" + term));
        context.put("citation", Map.of("@id", "schema:citation", "@container", "@set"));
        context.put("identifier", Map.of("@id", "schema:identifier", "@container", "@set"));
        context.put("alternateName", Map.of("@id", "schema:alternateName", "@container", "@set"));
        context.put("isPartOf", Map.of("@id", "schema:isPartOf", "@type", "@id"));
        context.put("reference", Map.of("@type", "@id"));
        return Map.of("@context", context);
    }
}
