package org.migrationgraph.provenance;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.function.Function;
import java.util.ArrayList;
import org.migrationgraph.entity.EntityMapping;
import org.migrationgraph.entity.EntityView;
import org.migrationgraph.reads.Cell;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.reads.Row;
import org.springframework.stereotype.Repository;

/** Which paragraphs mention which entities, and which facts each paragraph supports. */
@Repository
class ProvenanceRepository {

    private static final String MENTIONED_IN = """
            MATCH (p:Paragraph)-[:MENTIONS]->(e:Entity) WHERE e.id IN $ids
            RETURN e.id AS key, p.id AS id, p.document AS document, p.number AS number, p.text AS text
            ORDER BY p.document, p.number
            """;
    private static final String PARAGRAPHS = """
            MATCH (d:Entity)-[:HAS_PARAGRAPH]->(p:Paragraph) WHERE d.id IN $ids
            RETURN d.id AS key, p.id AS id, p.document AS document, p.number AS number, p.text AS text
            ORDER BY d.id, p.number
            """;
    private static final String MENTIONS = """
            MATCH (p:Paragraph)-[:MENTIONS]->(e:Entity) WHERE p.id IN $ids
            RETURN p.id AS key, properties(e) AS props, labels(e) AS labels
            ORDER BY e.name
            """;
    private static final String FACTS = """
            MATCH (a:Entity)-[r]->(b:Entity) WHERE any(pid IN coalesce(r.citedParagraphs, []) WHERE pid IN $ids)
            UNWIND range(0, size(r.citedParagraphs) - 1) AS i
            WITH a, r, b, i WHERE r.citedParagraphs[i] IN $ids
            RETURN r.citedParagraphs[i] AS key, r.id AS id, type(r) AS type, r.citedQuotes[i] AS quote,
                   {props: properties(a), labels: labels(a)} AS source, {props: properties(b), labels: labels(b)} AS target
            ORDER BY type, id
            """;

    private final GraphReads reads;

    ProvenanceRepository(GraphReads reads) {
        this.reads = reads;
    }

    Map<String, List<ParagraphView>> mentionedIn(Collection<String> entityIds) {
        return grouped(MENTIONED_IN, entityIds, ProvenanceRepository::paragraph);
    }

    /** Each document's paragraphs, in order. */
    Map<String, List<ParagraphView>> paragraphsOf(Collection<String> documentIds) {
        return grouped(PARAGRAPHS, documentIds, ProvenanceRepository::paragraph);
    }

    private static ParagraphView paragraph(Row r) {
        return new ParagraphView(r.get("id").asString(), r.get("document").asString(), r.get("number").asInt(), r.get("text").asString());
    }

    Map<String, List<EntityView>> mentions(Collection<String> paragraphIds) {
        return grouped(MENTIONS, paragraphIds, r -> entity(r));
    }

    Map<String, List<FactView>> facts(Collection<String> paragraphIds) {
        return grouped(FACTS, paragraphIds, r -> new FactView(r.get("id").asString(), r.get("type").asString(),
                entity(r.get("source")), entity(r.get("target")), r.get("quote").asString()));
    }

    private static EntityView entity(Row r) {
        return EntityMapping.toView(r.get("props").asMap(), r.get("labels").asList(Cell::asString));
    }

    private static EntityView entity(Cell v) {
        return EntityMapping.toView(v.get("props").asMap(), v.get("labels").asList(Cell::asString));
    }

    /** Runs one statement for all keys and groups the rows by their "key" column, keeping row order. */
    private <T> Map<String, List<T>> grouped(String cypher, Collection<String> keys,
                                             Function<Row, T> mapper) {
        Map<String, List<T>> result = new LinkedHashMap<>();
        keys.forEach(k -> result.put(k, new ArrayList<>()));
        reads.list(cypher, Map.of("ids", List.copyOf(keys)), r -> result.get(r.get("key").asString()).add(mapper.apply(r)));
        return result;
    }
}
