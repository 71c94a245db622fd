package org.migrationgraph.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.migrationgraph.support.NameKeys;

/**
 * The seed as the parameter rows the writer sends. Citations become aligned lists on the node
 * or relationship (citedParagraphs[i] with citedQuotes[i]; citedReferences[i] with
 * citedReferenceDetails[i]), because Neo4j properties cannot hold maps; docs/data-model.md
 * documents this representation.
 */
public record SeedRows(List<Map<String, Object>> vocabulary, List<Map<String, Object>> references, List<Map<String, Object>> entities,
                List<Map<String, Object>> paragraphs, List<Map<String, Object>> relations,
                List<Map<String, Object>> sharedNames, List<Map<String, Object>> mentions) {

    static SeedRows of(Seed seed) {
        String version = seed.hash();
        List<Map<String, Object>> references = seed.references().stream().map(r -> {
            Map<String, Object> props = new LinkedHashMap<>(r.properties());
            props.put("id", r.id());
            props.put("title", r.title());
            props.put("seedVersion", version);
            props.put("seedFile", r.file());
            return SeedWriter.row(r.id(), props);
        }).toList();
        List<Map<String, Object>> entities = seed.entities().stream().map(e -> entityRow(e, version)).toList();
        List<Map<String, Object>> paragraphs = new ArrayList<>();
        seed.paragraphs().forEach((document, texts) -> paragraphs.addAll(paragraphRows(document, texts, version)));
        List<Map<String, Object>> relations = seed.relations().stream().map(r -> relationRow(r, version)).toList();
        List<Map<String, Object>> vocabulary = new ArrayList<>();
        seed.kinds().forEach(t -> vocabulary.add(termRow("kind", t, version)));
        seed.relationTypes().forEach(t -> vocabulary.add(termRow("relationType", t, version)));
        List<Map<String, Object>> sharedNames = seed.sharedNames().stream().map(n -> SeedWriter.row(NameKeys.of(n.name()),
                Map.of("id", NameKeys.of(n.name()), "name", n.name(), "ids", n.ids(), "reason", n.reason(),
                        "seedVersion", version, "seedFile", n.file()))).toList();
        return new SeedRows(vocabulary, references, entities, paragraphs, relations, sharedNames, mentions(seed));
    }

    /**
     * Which paragraph mentions which entity: every paragraph cited for an entity's own facts or
     * for one of its relations, except paragraphs of the entity itself (a document).
     */
    private static List<Map<String, Object>> mentions(Seed seed) {
        java.util.Set<List<String>> pairs = new java.util.LinkedHashSet<>();
        seed.entities().forEach(e -> e.citations().stream().filter(SeedCitation::isDocument)
                .forEach(c -> pairs.add(List.of(c.document() + "#" + c.paragraph(), e.id()))));
        seed.relations().forEach(r -> r.citations().stream().filter(SeedCitation::isDocument).forEach(c -> {
            pairs.add(List.of(c.document() + "#" + c.paragraph(), r.from()));
            pairs.add(List.of(c.document() + "#" + c.paragraph(), r.to()));
        }));
        return pairs.stream().filter(pair -> !pair.get(0).startsWith(pair.get(1) + "#"))
                .map(pair -> Map.<String, Object>of("paragraph", pair.get(0), "entity", pair.get(1))).toList();
    }

    /** A document's paragraphs as nodes, numbered from 1: {@code <document id>#<number>}. */
    public static List<Map<String, Object>> paragraphRows(String document, List<String> texts, String version) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String id = document + "#" + (i + 1);
            rows.add(SeedWriter.row(id, Map.of("id", id, "document", document, "number", i + 1,
                    "text", texts.get(i), "seedVersion", version)));
        }
        return rows;
    }

    /** The declared vocabulary, so that the API can refuse names it does not declare (ADR 7). */
    private static Map<String, Object> termRow(String category, VocabularyTerm term, String version) {
        String id = category + ":" + term.name();
        return SeedWriter.row(id, Map.of("id", id, "category", category, "name", term.name(), "meaning", term.meaning(), "structural", term.structural(),
                "seedVersion", version, "seedFile", term.file()));
    }

    /**
     * The node an entity becomes; curated writes build theirs here too, so that an entity written
     * by the loader and the same entity written through the API are the same node.
     */
    public static Map<String, Object> entityRow(SeedEntity e, String version) {
        Map<String, Object> props = new LinkedHashMap<>(e.properties());
        props.put("id", e.id());
        props.put("kind", e.kinds().get(0));
        props.put("name", e.name());
        props.put("aliases", e.aliases());
        props.put("aliasText", aliasText(e));
        props.put("nameKeys", nameKeys(e));
        if (e.description() != null) {
            props.put("description", e.description());
        }
        citationProperties(e.citations(), props);
        props.put("quoteText", e.citations().stream().filter(SeedCitation::isDocument)
                .map(c -> DocumentText.normalize(c.quote())).collect(java.util.stream.Collectors.joining(" | ")));
        props.put("seedVersion", version);
        props.put("seedFile", e.file());
        Map<String, Object> row = SeedWriter.row(e.id(), props);
        row.put("kinds", e.kinds());
        return row;
    }

    /**
     * What the search index reads as the entity's names: the name and the aliases (search forgives
     * typos in this field only, so the name is here too), plus both with apostrophes split, because
     * the analyzer keeps "d'Ivoire" as one word and a search for "Ivoire" should still find Côte d'Ivoire.
     */
    static String aliasText(SeedEntity e) {
        List<String> parts = new ArrayList<>();
        parts.add(e.name());
        parts.addAll(e.aliases());
        java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.aliases().stream())
                .filter(text -> text.contains("'") || text.contains("\u2019"))
                .map(text -> text.replaceAll("['\u2019]", " "))
                .forEach(parts::add);
        return String.join(" | ", parts);
    }

    /** The entity's name and aliases as NameKeys, so that search can tell "typed one of its names" cheaply. */
    public static List<String> nameKeys(SeedEntity e) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.aliases().stream())
                .map(NameKeys::of).filter(k -> !k.isEmpty()).distinct().toList();
    }

    /** The relationship a relation becomes, the same for the loader and for curated writes. */
    public static Map<String, Object> relationRow(SeedRelation r, String version) {
        Map<String, Object> props = new LinkedHashMap<>(r.properties());
        props.put("id", r.id());
        citationProperties(r.citations(), props);
        props.put("seedVersion", version);
        props.put("seedFile", r.file());
        Map<String, Object> row = SeedWriter.row(r.id(), props);
        row.put("from", r.from());
        row.put("to", r.to());
        row.put("type", r.type());
        return row;
    }

    private static void citationProperties(List<SeedCitation> citations, Map<String, Object> props) {
        List<String> paragraphs = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        List<String> references = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (SeedCitation c : citations) {
            if (c.isDocument()) {
                paragraphs.add(c.document() + "#" + c.paragraph());
                quotes.add(DocumentText.normalize(c.quote()));
            } else {
                references.add(c.reference());
                details.add(c.detail() == null ? "" : c.detail());
            }
        }
        props.put("citedParagraphs", paragraphs);
        props.put("citedQuotes", quotes);
        props.put("citedReferences", references);
        props.put("citedReferenceDetails", details);
    }
}
