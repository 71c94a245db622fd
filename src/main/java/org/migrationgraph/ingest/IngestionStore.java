package org.migrationgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The Cypher of ingestion: names the graph knows, and a reading's sentences, mentions and proposals. */
@Repository
class IngestionStore {

    private static final String KNOWN_NAMES = """
            MATCH (e:Entity) WHERE NOT e:Document
            RETURN e.id AS id, e.kind AS kind, e.name AS name, coalesce(e.aliases, []) AS aliases
            """;
    private static final String DOCUMENT_TEXT = """
            MATCH (d:Document {id: $id})
            OPTIONAL MATCH (p:Paragraph {document: $id})
            WITH d, p ORDER BY p.number
            RETURN d.id AS id, collect(p.text) AS paragraphs
            """;
    /** Sentences and mentions are derived from the text and rewritten whole each time it is read. */
    private static final String CLEAR_READING = """
            MATCH (n) WHERE (n:TextMention OR n:Sentence) AND n.document = $document
            DETACH DELETE n
            """;
    private static final String WRITE_SENTENCES = """
            UNWIND $rows AS row
            MATCH (p:Paragraph {id: row.paragraphId})
            CREATE (s:Sentence {id: row.id, document: $document, paragraph: row.paragraph, start: row.start, end: row.end, text: row.text})
            CREATE (p)-[:HAS_SENTENCE]->(s)
            """;
    private static final String WRITE_MENTIONS = """
            UNWIND $rows AS row
            MATCH (p:Paragraph {id: row.paragraphId})
            CREATE (m:TextMention {id: row.id, document: $document, paragraph: row.paragraph, start: row.start, end: row.end,
                                   surface: row.surface, rule: row.rule, entity: row.entity, candidates: row.candidates})
            CREATE (p)-[:HAS_MENTION]->(m)
            WITH m, row, p WHERE row.entity IS NOT NULL
            MATCH (e:Entity {id: row.entity})
            CREATE (m)-[:OF]->(e)
            MERGE (p)-[:MENTIONS]->(e)
            """;
    /** A proposal made before (under any status) stays as it is: the same text proposes nothing new. */
    private static final String WRITE_PROPOSALS = """
            UNWIND $rows AS row
            MERGE (p:Proposal {id: row.id})
            ON CREATE SET p += row, p.status = 'PROPOSED', p.createdAt = datetime(), p.createdBy = $by, p.new = true
            WITH p, p.new AS created
            REMOVE p.new
            RETURN count(CASE WHEN created THEN 1 END) AS created
            """;
    /** The relation proposals whose (from, type, to) the graph already holds. */
    private static final String EXISTING_RELATIONS = """
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to}) WHERE type(r) = row.type
            RETURN DISTINCT row.key AS key
            """;
    private static final String PROPOSALS = """
            MATCH (p:Proposal) WHERE ($document IS NULL OR p.document = $document) AND ($status IS NULL OR p.status = $status)
            RETURN p {.*, createdAt: toString(p.createdAt), reviewedAt: toString(p.reviewedAt)} AS p
            ORDER BY p.document, p.paragraph, p.kind, p.id
            SKIP $skip LIMIT $limit
            """;
    private static final String PROPOSAL = """
            MATCH (p:Proposal {id: $id})
            RETURN p {.*, createdAt: toString(p.createdAt), reviewedAt: toString(p.reviewedAt)} AS p
            """;
    private static final String ACCEPTED_AS = """
            MATCH (p:Proposal {document: $document, suggestedId: $suggestedId, status: 'ACCEPTED'})
            RETURN p.acceptedAs AS id
            """;
    private static final String PROPOSED_ENTITY = """
            MATCH (p:Proposal {document: $document, suggestedId: $suggestedId}) WHERE p.kind = 'ENTITY'
            RETURN p {.*, createdAt: toString(p.createdAt), reviewedAt: toString(p.reviewedAt)} AS p
            """;
    private static final String ACCEPTED_ENTITIES = """
            MATCH (p:Proposal {document: $document, status: 'ACCEPTED'}) WHERE p.kind = 'ENTITY'
            RETURN p.acceptedAs AS id, p.suggestedId AS suggestedId
            """;
    private static final String REVIEW = """
            MATCH (p:Proposal {id: $id}) WHERE p.status = 'PROPOSED'
            SET p.status = $status, p.reviewedBy = $by, p.reviewedAt = datetime(), p.reviewReason = $reason, p.acceptedAs = $acceptedAs
            RETURN count(p) AS reviewed
            """;
    private static final String MENTIONS = """
            MATCH (m:TextMention {document: $document}) WHERE $paragraph IS NULL OR m.paragraph = $paragraph
            OPTIONAL MATCH (m)-[:OF]->(e:Entity)
            RETURN m {.*, name: e.name, kind: e.kind} AS m ORDER BY m.paragraph, m.start
            """;

    private final Neo4jClient client;
    private final JsonMapper json;

    IngestionStore(Neo4jClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    List<KnownName> knownNames() {
        return List.copyOf(client.query(KNOWN_NAMES).fetchAs(KnownName.class).mappedBy((types, r) -> new KnownName(r.get("id").asString(),
                r.get("kind").asString(""), r.get("name").asString(""), r.get("aliases").asList(v -> v.asString()))).all());
    }

    /** The paragraphs of a document already in the graph, or empty when there is none under the id. */
    Optional<List<String>> paragraphs(String documentId) {
        return client.query(DOCUMENT_TEXT).bind(documentId).to("id").fetchAs(List.class)
                .mappedBy((types, r) -> r.get("paragraphs").asList(v -> v.asString())).one().map(l -> (List<String>) l);
    }

    /** Writes what reading found, in one transaction; returns how many proposals were new. */
    @Transactional
    long write(Reading reading, String by) {
        String doc = reading.documentId();
        client.query(CLEAR_READING).bind(doc).to("document").run();
        client.query(WRITE_SENTENCES).bindAll(Map.of("document", doc, "rows", sentenceRows(reading))).run();
        client.query(WRITE_MENTIONS).bindAll(Map.of("document", doc, "rows", mentionRows(reading))).run();
        Map<String, Object> params = new HashMap<>();
        params.put("rows", reading.proposals().stream().map(p -> proposalRow(doc, p)).toList());
        params.put("by", by);
        return client.query(WRITE_PROPOSALS).bindAll(params).fetchAs(Long.class).one().orElse(0L);
    }

    private static List<Map<String, Object>> sentenceRows(Reading reading) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = 0;
        for (Sentence s : reading.sentences()) {
            rows.add(Map.of("id", reading.documentId() + "#s" + (++n), "paragraphId", reading.documentId() + "#" + s.paragraph(),
                    "paragraph", (long) s.paragraph(), "start", (long) s.start(), "end", (long) s.end(), "text", s.text()));
        }
        return rows;
    }

    private static List<Map<String, Object>> mentionRows(Reading reading) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Mention m : reading.mentions()) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", reading.documentId() + "#" + m.paragraph() + ":" + m.start() + "-" + m.end());
            row.put("paragraphId", reading.documentId() + "#" + m.paragraph());
            row.put("paragraph", (long) m.paragraph());
            row.put("start", (long) m.start());
            row.put("end", (long) m.end());
            row.put("surface", m.surface());
            row.put("rule", m.rule());
            row.put("entity", m.entityId());
            row.put("candidates", m.candidates());
            rows.add(row);
        }
        return rows;
    }

    private Map<String, Object> proposalRow(String document, Proposal p) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", p.key());
        row.put("document", document);
        row.put("kind", p.isEntity() ? "ENTITY" : "RELATION");
        row.put("entityKind", p.kind());
        row.put("suggestedId", p.suggestedId());
        row.put("name", p.name());
        row.put("from", p.from());
        row.put("type", p.type());
        row.put("to", p.to());
        row.put("properties", json.writeValueAsString(p.properties()));
        row.put("paragraph", (long) p.paragraph());
        row.put("quote", p.quote());
        row.put("confidence", p.confidence());
        row.put("rule", p.rule());
        row.values().removeIf(java.util.Objects::isNull);
        return row;
    }

    java.util.Set<String> alreadyInGraph(List<Proposal> proposals) {
        List<Map<String, Object>> rows = proposals.stream().filter(p -> !p.isEntity())
                .map(p -> Map.<String, Object>of("key", p.key(), "from", p.from(), "type", p.type(), "to", p.to())).toList();
        return java.util.Set.copyOf(client.query(EXISTING_RELATIONS).bind(rows).to("rows").fetchAs(String.class).all());
    }

    List<StoredProposal> proposals(String document, String status, int skip, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("document", document);
        params.put("status", status);
        params.put("skip", (long) skip);
        params.put("limit", (long) limit);
        return List.copyOf(client.query(PROPOSALS).bindAll(params).fetchAs(StoredProposal.class)
                .mappedBy((types, r) -> stored(r.get("p").asMap())).all());
    }

    Optional<StoredProposal> proposal(String id) {
        return client.query(PROPOSAL).bind(id).to("id").fetchAs(StoredProposal.class).mappedBy((types, r) -> stored(r.get("p").asMap())).one();
    }

    /** The entity proposal of a document that suggested this id, if one did. */
    Optional<StoredProposal> proposedEntity(String document, String suggestedId) {
        return client.query(PROPOSED_ENTITY).bindAll(Map.of("document", document, "suggestedId", suggestedId))
                .fetchAs(StoredProposal.class).mappedBy((types, r) -> stored(r.get("p").asMap())).first();
    }

    /** The entities curators accepted from a document's proposals, each with the id its proposal suggested. */
    Map<String, String> acceptedEntities(String document) {
        Map<String, String> accepted = new HashMap<>();
        client.query(ACCEPTED_ENTITIES).bind(document).to("document").fetch().all()
                .forEach(row -> accepted.put((String) row.get("id"), (String) row.get("suggestedId")));
        return accepted;
    }

    /** The entity a proposed entity became, once accepted. */
    Optional<String> acceptedAs(String document, String suggestedId) {
        return client.query(ACCEPTED_AS).bindAll(Map.of("document", document, "suggestedId", suggestedId)).fetchAs(String.class).first();
    }

    /** Marks a pending proposal reviewed; false when someone reviewed it first. */
    boolean review(String id, String status, String by, String reason, String acceptedAs) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("status", status);
        params.put("by", by);
        params.put("reason", reason);
        params.put("acceptedAs", acceptedAs);
        return client.query(REVIEW).bindAll(params).fetchAs(Long.class).one().orElse(0L) == 1L;
    }

    List<TextMentionView> mentions(String document, Integer paragraph) {
        Map<String, Object> params = new HashMap<>();
        params.put("document", document);
        params.put("paragraph", paragraph == null ? null : paragraph.longValue());
        return List.copyOf(client.query(MENTIONS).bindAll(params).fetchAs(TextMentionView.class).mappedBy((types, r) -> {
            Map<String, Object> m = r.get("m").asMap();
            return new TextMentionView(((Number) m.get("paragraph")).intValue(), ((Number) m.get("start")).intValue(),
                    ((Number) m.get("end")).intValue(), (String) m.get("surface"), (String) m.get("entity"), (String) m.get("name"),
                    (String) m.get("kind"), castList(m.get("candidates")), (String) m.get("rule"));
        }).all());
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }

    private StoredProposal stored(Map<String, Object> p) {
        Map<String, Object> props = json.readValue((String) p.getOrDefault("properties", "{}"), new TypeReference<Map<String, Object>>() { });
        return new StoredProposal((String) p.get("id"), (String) p.get("document"), (String) p.get("kind"), (String) p.get("status"),
                (String) p.get("entityKind"), (String) p.get("suggestedId"), (String) p.get("name"), (String) p.get("from"),
                (String) p.get("type"), (String) p.get("to"), props, ((Number) p.get("paragraph")).intValue(), (String) p.get("quote"),
                ((Number) p.get("confidence")).doubleValue(), (String) p.get("rule"), (String) p.get("createdAt"), (String) p.get("createdBy"),
                (String) p.get("reviewedAt"), (String) p.get("reviewedBy"), (String) p.get("reviewReason"), (String) p.get("acceptedAs"));
    }
}
