package org.migrationgraph.curation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.migrationgraph.seed.KnownGraph;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The graph as the current write transaction sees it, for the shared rules: a change in a batch
 * sees the entities and documents that earlier changes of the same batch created.
 */
final class TransactionGraph implements KnownGraph {

    private static final String TERMS = """
            MATCH (t:VocabularyTerm {category: $category}) RETURN t.name AS name
            """;
    private static final String HAS_ENTITY = """
            OPTIONAL MATCH (n:Entity {id: $id}) RETURN n IS NOT NULL AS found
            """;
    private static final String HAS_REFERENCE = """
            OPTIONAL MATCH (r:Reference {id: $id}) RETURN r IS NOT NULL AS found
            """;
    private static final String PARAGRAPHS = """
            MATCH (:Entity {id: $id})-[:HAS_PARAGRAPH]->(p:Paragraph) RETURN p.text AS text ORDER BY p.number
            """;

    private final Neo4jClient client;
    private Set<String> kinds;
    private Set<String> relationTypes;
    /** Documents are not changed once added, so their paragraphs are read once per transaction. */
    private final Map<String, Optional<List<String>>> documents = new HashMap<>();

    TransactionGraph(Neo4jClient client) {
        this.client = client;
    }

    @Override
    public Set<String> kinds() {
        if (kinds == null) {
            kinds = terms("kind");
        }
        return kinds;
    }

    @Override
    public Set<String> relationTypes() {
        if (relationTypes == null) {
            relationTypes = terms("relationType");
        }
        return relationTypes;
    }

    @Override
    public boolean hasEntity(String id) {
        return id != null && client.query(HAS_ENTITY).bind(id).to("id").fetchAs(Boolean.class).one().orElse(false);
    }

    @Override
    public boolean hasReference(String id) {
        return id != null && client.query(HAS_REFERENCE).bind(id).to("id").fetchAs(Boolean.class).one().orElse(false);
    }

    @Override
    public Optional<List<String>> paragraphs(String documentId) {
        return documents.computeIfAbsent(documentId, id -> {
            List<String> texts = List.copyOf(client.query(PARAGRAPHS).bind(id).to("id").fetchAs(String.class).all());
            return texts.isEmpty() ? Optional.empty() : Optional.of(texts);
        });
    }

    private Set<String> terms(String category) {
        return Set.copyOf(client.query(TERMS).bind(category).to("category").fetchAs(String.class).all());
    }
}
