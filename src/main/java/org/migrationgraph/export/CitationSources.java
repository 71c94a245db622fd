package org.migrationgraph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.migrationgraph.reads.Cell;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.reads.Row;
import org.migrationgraph.support.ApiException;
import org.migrationgraph.support.ErrorCode;
import org.migrationgraph.support.RelationIds;
import org.migrationgraph.vocabulary.Vocabulary;
import org.springframework.stereotype.Component;

/**
 * The sources behind a subject: an entity (its own facts and its relations), a relation, the
 * shortest path between two entities, or a neighbourhood; each source with the paragraphs or
 * reference locators relied on, documents first (by date), then references.
 */
@Component
class CitationSources {

    private static final String FACT_CITATIONS = """
            UNWIND facts AS fact
            RETURN coalesce(fact.citedParagraphs, []) AS paragraphs, coalesce(fact.citedReferences, []) AS references,
                   coalesce(fact.citedReferenceDetails, []) AS details
            """;
    private static final String OF_ENTITY = """
            MATCH (e:Entity {id: $id})
            OPTIONAL MATCH (e)-[r]-(:Entity)
            WITH e, collect(r) AS relations
            WITH [e] + relations AS facts
            """ + FACT_CITATIONS;
    private static final String OF_RELATION = """
            MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE r.id = $id
            WITH [r] AS facts
            """ + FACT_CITATIONS;
    private static final String OF_PATH = """
            MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
            MATCH p = shortestPath((a)-[*..6]-(b)) WHERE all(x IN nodes(p) WHERE x:Entity)
            WITH relationships(p) AS facts
            """ + FACT_CITATIONS;
    private static final String OF_ENTITIES = """
            MATCH (a:Entity) WHERE a.id IN $ids
            OPTIONAL MATCH (a)-[r]->(b:Entity) WHERE b.id IN $ids
            WITH a, collect(r) AS relations
            WITH [a] + relations AS facts
            """ + FACT_CITATIONS;
    private static final String DOCUMENTS = """
            MATCH (d:Entity) WHERE d.id IN $ids
            OPTIONAL MATCH (p:Entity)-[:AUTHORED]->(d)
            RETURN d.id AS id, d.name AS title, d.date AS date, d.documentType AS genre, d.speaker AS speaker,
                   collect(p.name) AS authors
            """;
    private static final String REFERENCES = """
            MATCH (r:Reference) WHERE r.id IN $ids
            RETURN r.id AS id, r.title AS title, r.publisher AS publisher, r.url AS url, r.date AS date
            """;

    private final GraphReads reads;
    private final ExportReader exportReader;
    private final Vocabulary vocabulary;

    CitationSources(GraphReads reads, ExportReader exportReader, Vocabulary vocabulary) {
        this.reads = reads;
        this.exportReader = exportReader;
        this.vocabulary = vocabulary;
    }

    /** The subject named by exactly one of: entity, relation, from+to (a path), around (+depth). */
    List<CitedSource> of(String entity, String relation, String from, String to, String around, int depth, String baseUrl) {
        int given = (entity != null ? 1 : 0) + (relation != null ? 1 : 0) + (from != null || to != null ? 1 : 0) + (around != null ? 1 : 0);
        if (given != 1) {
            throw ApiException.badInput("Name one subject: entity=ID, relation=ID, from=ID&to=ID (the shortest path) or around=ID[&depth=1|2].");
        }
        List<Row> rows;
        if (entity != null) {
            vocabulary.requireEntityIds("entity", List.of(entity));
            rows = reads.list(OF_ENTITY, Map.of("id", entity), r -> r);
        } else if (relation != null) {
            RelationIds.Ends ends = RelationIds.ends(relation).orElseThrow(() -> ApiException.badInput(
                    "'" + relation + "' is not a relation id; relation ids read <from>-<TYPE>-><to>, as RelationEdge.id gives them."));
            rows = reads.list(OF_RELATION, Map.of("id", relation, "from", ends.from(), "to", ends.to()), r -> r);
            if (rows.isEmpty()) {
                throw new ApiException(ErrorCode.NOT_FOUND, "No relation has the id '" + relation + "'.");
            }
        } else if (around != null) {
            ExportScope scope = new ExportScope(null, null, around, depth);
            exportReader.check(scope);
            rows = reads.list(OF_ENTITIES, exportReader.parameters(reads, scope), r -> r);
        } else {
            if (from == null || to == null) {
                throw ApiException.badInput("A path needs both ends: from=ID&to=ID.");
            }
            vocabulary.requireEntityIds("from", List.of(from));
            vocabulary.requireEntityIds("to", List.of(to));
            rows = reads.list(OF_PATH, Map.of("from", from, "to", to), r -> r);
        }
        return sources(rows, baseUrl);
    }

    private List<CitedSource> sources(List<Row> rows, String baseUrl) {
        Map<String, TreeSet<Integer>> paragraphs = new LinkedHashMap<>();
        Map<String, Set<String>> details = new LinkedHashMap<>();
        Map<String, Integer> facts = new HashMap<>();
        for (Row row : rows) {
            Set<String> cited = new LinkedHashSet<>();
            for (String paragraph : row.get("paragraphs").asList(Cell::asString)) {
                int hash = paragraph.lastIndexOf('#');
                String document = hash < 0 ? paragraph : paragraph.substring(0, hash);
                TreeSet<Integer> numbers = paragraphs.computeIfAbsent(document, d -> new TreeSet<>());
                if (hash >= 0) {
                    numbers.add(Integer.parseInt(paragraph.substring(hash + 1)));
                }
                cited.add(document);
            }
            List<String> references = row.get("references").asList(Cell::asString);
            List<String> referenceDetails = row.get("details").asList(Cell::asString);
            for (int i = 0; i < references.size(); i++) {
                Set<String> where = details.computeIfAbsent(references.get(i), r -> new LinkedHashSet<>());
                if (i < referenceDetails.size() && !referenceDetails.get(i).isBlank()) {
                    where.add(referenceDetails.get(i));
                }
                cited.add(references.get(i));
            }
            cited.forEach(source -> facts.merge(source, 1, Integer::sum));
        }
        List<CitedSource> sources = new ArrayList<>();
        if (!paragraphs.isEmpty()) {
            reads.list(DOCUMENTS, Map.of("ids", List.copyOf(paragraphs.keySet())), row -> row).forEach(row -> {
                String id = row.get("id").asString();
                List<String> authors = row.get("authors").asList(Cell::asString);
                String speaker = row.get("speaker").asString(null);
                sources.add(new CitedSource(id, true, row.get("title").asString(), row.get("date").asString(null),
                        authors.isEmpty() && speaker != null ? List.of(speaker) : authors, null,
                        baseUrl + "/?view=document&id=" + id, row.get("genre").asString(null),
                        paragraphs.get(id).stream().map(String::valueOf).toList(), facts.get(id)));
            });
        }
        if (!details.isEmpty()) {
            reads.list(REFERENCES, Map.of("ids", List.copyOf(details.keySet())), row -> row).forEach(row -> {
                String id = row.get("id").asString();
                sources.add(new CitedSource(id, false, row.get("title").asString(), row.get("date").asString(null), List.of(),
                        row.get("publisher").asString(null), row.get("url").asString(null), null, List.copyOf(details.get(id)),
                        facts.get(id)));
            });
        }
        sources.sort(Comparator.comparing((CitedSource s) -> !s.document()).thenComparing(s -> s.date() == null ? "" : s.date())
                .thenComparing(CitedSource::id));
        return sources;
    }
}
