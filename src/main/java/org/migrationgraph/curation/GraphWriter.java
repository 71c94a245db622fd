package org.migrationgraph.curation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.migrationgraph.change.GraphRevision;
import org.migrationgraph.curation.Snapshots.StoredEntity;
import org.migrationgraph.seed.BulkWrites;
import org.migrationgraph.curation.Snapshots.StoredRelation;
import org.migrationgraph.support.RelationIds;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The Cypher of curated writes, run through Spring Data's {@link Neo4jClient} so that it joins
 * the transaction the service opened. Labels and relation types are dynamic (they come from the
 * vocabulary), which is why this is Cypher and not an SDN entity (ADR 10). Rows come from the
 * seed's own row builder, so a curated entity is stored exactly as a seeded one.
 */
@Repository
class GraphWriter {

    private static final String ENTITY = """
            MATCH (n:Entity {id: $id}) RETURN properties(n) AS props, labels(n) AS labels
            """;
    private static final String RELATION = """
            MATCH (a:Entity)-[r]->(b:Entity) WHERE r.id = $id
            RETURN properties(r) AS props, type(r) AS type, a.id AS from, b.id AS to
            """;
    private static final String RELATION_BY_ENDS = """
            MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to}) WHERE r.id = $id
            RETURN properties(r) AS props, type(r) AS type, a.id AS from, b.id AS to
            """;
    private static final String ID_IN_USE = """
            OPTIONAL MATCH (n:Entity {id: $id}) WITH count(n) AS entities
            OPTIONAL MATCH (r:Reference {id: $id}) WITH entities, count(r) AS references
            OPTIONAL MATCH (t:Tombstone {id: $id})
            RETURN entities > 0 AS entity, references > 0 AS reference, t.revision AS deletedIn
            """;
    private static final String TOMBSTONE = """
            MATCH (t:Tombstone {id: $id}) RETURN t.revision AS revision, t.replacedBy AS replacedBy
            """;
    private static final String WRITE_ENTITY = """
            MERGE (n:Entity {id: $row.id})
            WITH n, [l IN labels(n) WHERE l <> 'Entity' AND NOT l IN $row.kinds] AS stale
            REMOVE n:$(stale)
            SET n = $row.props
            SET n:$($row.kinds), n.version = $version
            """ + BulkWrites.DERIVE_ENTITY;
    private static final String WRITE_RELATION = """
            MATCH (a:Entity {id: $row.from})
            MATCH (b:Entity {id: $row.to})
            MERGE (a)-[r:$($row.type)]->(b)
            SET r = $row.props
            SET r.version = $version
            """ + BulkWrites.DERIVE_RELATION;
    private static final String WRITE_PARAGRAPHS = """
            MATCH (d:Entity {id: $document})
            UNWIND $rows AS row
            CREATE (p:Paragraph)
            SET p = row.props
            CREATE (d)-[h:HAS_PARAGRAPH]->(p)
            SET h.seedVersion = row.props.seedVersion
            """;
    private static final String RELATIONS_OF = """
            MATCH (n:Entity {id: $id})-[r]-(:Entity) RETURN DISTINCT r.id AS id, startNode(r).id AS from, endNode(r).id AS to
            """;
    private static final String CITING_FACTS = """
            MATCH (d:Entity {id: $id})-[:HAS_PARAGRAPH]->(p:Paragraph)
            WITH collect(p.id) AS paragraphs
            CALL (paragraphs) {
              MATCH (e:Entity) WHERE e.id <> $id AND any(c IN coalesce(e.citedParagraphs, []) WHERE c IN paragraphs)
              RETURN count(e) AS n
              UNION ALL
              MATCH ()-[r]->() WHERE any(c IN coalesce(r.citedParagraphs, []) WHERE c IN paragraphs)
              RETURN count(r) AS n
            }
            RETURN sum(n) AS facts
            """;
    private static final String DELETE_ENTITY = """
            MATCH (n:Entity {id: $id})
            OPTIONAL MATCH (n)-[:HAS_PARAGRAPH]->(p:Paragraph)
            DETACH DELETE p
            WITH DISTINCT n
            DETACH DELETE n
            """;
    private static final String DELETE_RELATION = """
            MATCH (:Entity)-[r]->(:Entity) WHERE r.id = $id DELETE r
            """;
    private static final String WRITE_TOMBSTONE = """
            CREATE (t:Tombstone {id: $id, name: $name, kind: $kind, deletedAt: datetime(), revision: $revision,
                                 replacedBy: $replacedBy, reason: $reason})
            """;
    /**
     * A paragraph mentions every entity whose facts cite it (its own document aside), as the
     * seed loader derives it, and every entity an ingested text names in it; recomputed for the
     * entities a write touched.
     */
    private static final String REFRESH_MENTIONS = """
            UNWIND $ids AS id
            MATCH (e:Entity {id: id})
            CALL (e) {
              OPTIONAL MATCH (:Paragraph)-[m:MENTIONS]->(e) DELETE m
            }
            CALL (e) {
              OPTIONAL MATCH (e)-[r]-(:Entity)
              WITH e, coalesce(e.citedParagraphs, []) + reduce(acc = [], l IN collect(coalesce(r.citedParagraphs, [])) | acc + l) AS cited
              OPTIONAL MATCH (named:Paragraph)-[:HAS_MENTION]->(:TextMention)-[:OF]->(e)
              WITH e, cited, collect(named.id) AS namedIn
              UNWIND cited + namedIn AS paragraphId
              WITH DISTINCT e, paragraphId
              MATCH (p:Paragraph {id: paragraphId}) WHERE p.document <> e.id
              MERGE (p)-[m:MENTIONS]->(e)
              SET m.seedVersion = e.seedVersion
            }
            """;
    private static final String NAME_OWNERS = """
            MATCH (n:Entity) WHERE n.id <> $id AND any(k IN coalesce(n.nameKeys, []) WHERE k IN $keys)
            RETURN n.id AS id, [k IN n.nameKeys WHERE k IN $keys] AS keys
            """;
    private static final String SHARED_NAMES = """
            MATCH (s:SharedName) WHERE s.id IN $keys RETURN s.id AS key, s.ids AS ids
            """;

    private final Neo4jClient client;

    GraphWriter(Neo4jClient client) {
        this.client = client;
    }

    /** Locks the graph's revision counter for this transaction and returns the revision it will commit as. */
    long nextRevision() {
        return client.query(GraphRevision.NEXT).fetchAs(Long.class).one().orElseThrow();
    }

    Optional<StoredEntity> entity(String id) {
        return client.query(ENTITY).bind(id).to("id").fetchAs(StoredEntity.class)
                .mappedBy((types, record) -> StoredEntity.of(record.get("props").asMap(), record.get("labels").asList(v -> v.asString())))
                .one();
    }

    Optional<StoredRelation> relation(String id) {
        // Matching from its ends uses the entity index instead of scanning relationships.
        Optional<RelationIds.Ends> ends = RelationIds.ends(id);
        String statement = ends.isPresent() ? RELATION_BY_ENDS : RELATION;
        Map<String, Object> parameters = ends.<Map<String, Object>>map(e -> Map.of("id", id, "from", e.from(), "to", e.to()))
                .orElse(Map.of("id", id));
        return client.query(statement).bindAll(parameters).fetchAs(StoredRelation.class)
                .mappedBy((types, r) -> StoredRelation.of(r.get("props").asMap(), r.get("type").asString(),
                        r.get("from").asString(), r.get("to").asString()))
                .one();
    }

    /** Whether an entity, a reference or a deleted entity holds the id ("deletedIn" is the deleting revision). */
    Map<String, Object> idUse(String id) {
        return client.query(ID_IN_USE).bind(id).to("id").fetch().one().orElseThrow();
    }

    Optional<Map<String, Object>> tombstone(String id) {
        return client.query(TOMBSTONE).bind(id).to("id").fetch().one();
    }

    void writeEntity(Map<String, Object> row, long version) {
        client.query(WRITE_ENTITY).bindAll(Map.of("row", row, "version", version)).run();
    }

    void writeRelation(Map<String, Object> row, long version) {
        client.query(WRITE_RELATION).bindAll(Map.of("row", row, "version", version)).run();
    }

    void writeParagraphs(String document, List<Map<String, Object>> rows) {
        client.query(WRITE_PARAGRAPHS).bindAll(Map.of("document", document, "rows", rows)).run();
    }

    /** The relations of an entity, each as (id, from, to). */
    List<Map<String, Object>> relationsOf(String id) {
        return List.copyOf(client.query(RELATIONS_OF).bind(id).to("id").fetch().all());
    }

    /** How many facts (other than the document itself) cite a paragraph of this document. */
    long citingFacts(String documentId) {
        return client.query(CITING_FACTS).bind(documentId).to("id").fetchAs(Long.class).one().orElse(0L);
    }

    void deleteEntity(String id) {
        client.query(DELETE_ENTITY).bind(id).to("id").run();
    }

    void deleteRelation(String id) {
        client.query(DELETE_RELATION).bind(id).to("id").run();
    }

    void tombstone(String id, String name, String kind, long revision, String replacedBy, String reason) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("id", id);
        parameters.put("name", name);
        parameters.put("kind", kind);
        parameters.put("revision", revision);
        parameters.put("replacedBy", replacedBy);
        parameters.put("reason", reason);
        client.query(WRITE_TOMBSTONE).bindAll(parameters).run();
    }

    void refreshMentions(Collection<String> entityIds) {
        if (!entityIds.isEmpty()) {
            client.query(REFRESH_MENTIONS).bind(List.copyOf(entityIds)).to("ids").run();
        }
    }

    /** Other entities that carry one of these name keys, with the keys they share. */
    Map<String, List<String>> nameOwners(String id, List<String> keys) {
        Map<String, List<String>> owners = new java.util.TreeMap<>();
        client.query(NAME_OWNERS).bindAll(Map.of("id", id, "keys", keys)).fetch().all()
                .forEach(row -> owners.put((String) row.get("id"), strings(row.get("keys"))));
        return owners;
    }

    /** The deliberate exceptions among these keys: key to the ids allowed to share it. */
    Map<String, List<String>> sharedNames(List<String> keys) {
        Map<String, List<String>> shared = new java.util.HashMap<>();
        client.query(SHARED_NAMES).bind(keys).to("keys").fetch().all()
                .forEach(row -> shared.put((String) row.get("key"), strings(row.get("ids"))));
        return shared;
    }

    Neo4jClient client() {
        return client;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }
}
