package org.migrationgraph.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps the stored form (node properties, aligned citation lists) to read models. The storage
 * representation of citations is documented in docs/data-model.md.
 */
public final class EntityMapping {

    /** Stored properties that are part of the common fields or of provenance, not kind-specific. */
    private static final Set<String> COMMON = Set.of("id", "kind", "name", "aliases", "aliasText", "description",
            "citedParagraphs", "citedQuotes", "citedReferences", "citedReferenceDetails", "seedVersion", "seedFile", "version",
            "nameKeys", "quoteText", "validity", "fromKey", "toKey", "sortName", "sortDate", "lastDate");

    private EntityMapping() {
    }

    public static EntityView toView(Map<String, Object> node, List<String> labels) {
        String kind = (String) node.get("kind");
        List<String> kinds = new ArrayList<>();
        kinds.add(kind);
        labels.stream().filter(l -> !l.equals("Entity") && !l.equals(kind)).sorted().forEach(kinds::add);
        Map<String, Object> properties = visibleProperties(node);
        return new EntityView((String) node.get("id"), kind, kinds, (String) node.get("name"),
                list(node, "aliases"), (String) node.get("description"),
                properties, citations(node), version(node));
    }

    /**
     * The stored properties without the common fields and the provenance lists, in the order of
     * their names: the order a store keeps them in differs between stores and read paths (Bolt or
     * in process) holding the same graph, and an answer should not.
     */
    public static Map<String, Object> visibleProperties(Map<String, Object> stored) {
        Map<String, Object> visible = new java.util.TreeMap<>(stored);
        visible.keySet().removeIf(COMMON::contains);
        return visible;
    }

    /** The stored version; what the seed loader wrote before versions existed counts as the first. */
    public static long version(Map<String, Object> stored) {
        return stored.get("version") instanceof Number n ? n.longValue() : 1L;
    }

    public static List<CitationView> citations(Map<String, Object> holder) {
        List<CitationView> citations = new ArrayList<>();
        List<String> paragraphs = list(holder, "citedParagraphs");
        List<String> quotes = list(holder, "citedQuotes");
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraphId = paragraphs.get(i);
            int hash = paragraphId.lastIndexOf('#');
            citations.add(new CitationView(paragraphId.substring(0, hash),
                    Integer.parseInt(paragraphId.substring(hash + 1)), quotes.get(i), null, null));
        }
        List<String> referenceIds = list(holder, "citedReferences");
        List<String> details = list(holder, "citedReferenceDetails");
        for (int i = 0; i < referenceIds.size(); i++) {
            String detail = i < details.size() && !details.get(i).isEmpty() ? details.get(i) : null;
            citations.add(new CitationView(null, null, null, referenceIds.get(i), detail));
        }
        return citations;
    }

    /** A list property; absent and null (a map projection of a missing property) both read as empty. */
    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> holder, String key) {
        Object value = holder.get(key);
        return value == null ? List.of() : (List<String>) value;
    }
}
