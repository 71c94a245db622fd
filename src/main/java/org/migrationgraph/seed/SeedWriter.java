package org.migrationgraph.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.migrationgraph.change.GraphRevision;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * Writes a validated seed. Everything happens in one transaction, as batched UNWIND statements
 * (entities, paragraphs and relations through {@link BulkWrites}, shared with the generator),
 * so that a failure part-way (a lost connection, a constraint) leaves the graph as it was.
 * Nodes and relationships carry the seed hash they were written by; what an earlier seed
 * wrote and the current one no longer has is removed, so the graph mirrors the seed exactly.
 */
final class SeedWriter {

    static final int BATCH_SIZE = BulkWrites.BATCH_SIZE;

    private static final String VOCABULARY = """
            UNWIND $rows AS row
            MERGE (t:VocabularyTerm {id: row.id})
            SET t = row.props
            """;
    private static final String REFERENCES = """
            UNWIND $rows AS row
            MERGE (r:Reference {id: row.id})
            SET r = row.props
            """;
    private static final String SHARED_NAMES = """
            UNWIND $rows AS row
            MERGE (s:SharedName {id: row.id})
            SET s = row.props
            """;
    /** A paragraph mentions every entity whose facts it is cited for (its own document aside); SeedRows lists the pairs. */
    private static final String MENTIONS = """
            UNWIND $rows AS row
            MATCH (p:Paragraph {id: row.paragraph})
            MATCH (e:Entity {id: row.entity})
            MERGE (p)-[m:MENTIONS]->(e)
            SET m.seedVersion = $version
            """;
    private static final String REMOVE_STALE_RELATIONSHIPS = """
            MATCH ()-[r]->() WHERE r.seedVersion IS NOT NULL AND r.seedVersion <> $version
            DELETE r
            """;
    private static final String REMOVE_STALE_NODES = """
            MATCH (n) WHERE (n:Entity OR n:Paragraph OR n:Reference OR n:VocabularyTerm OR n:SharedName)
              AND n.seedVersion IS NOT NULL AND n.seedVersion <> $version
            DETACH DELETE n
            """;
    private static final String RECORD_STATE = """
            MERGE (s:SeedState {id: 'graph-seed'})
            SET s.hash = $version, s.location = $location, s.loadedAt = datetime(),
                s.entities = $entities, s.relations = $relations, s.revision = $revision,
                s.loadedRevision = $revision
            """;

    private SeedWriter() {
    }

    /** Every relationship between entities the seed wrote last time, with its two ends. */
    private static final String SEEDED_RELATIONS = """
            MATCH (a:Entity)-[r]->(b:Entity) WHERE r.seedVersion IS NOT NULL
            RETURN r.id AS id, a.id AS from, b.id AS to
            """;

    /**
     * Writes the seed and returns the ids of the entities whose relations were added or removed,
     * for the graphChanged subscription.
     */
    static Written write(Driver driver, Seed seed) {
        SeedRows rows = SeedRows.of(seed);
        var config = TransactionConfig.builder().withTimeout(java.time.Duration.ofMinutes(2)).build();
        try (Session session = driver.session()) {
            // Under the write's time limit too: on a store with a million generated entities this read
            // visits every relationship, which takes longer than the database's default limit.
            java.util.Map<String, List<String>> before = session.executeRead(tx -> tx.run(SEEDED_RELATIONS).list(r ->
                    Map.entry(r.get("id").asString(), List.of(r.get("from").asString(), r.get("to").asString()))), config)
                    .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
            long revision = session.executeWrite(tx -> {
                long next = tx.run(GraphRevision.NEXT).single().get("revision").asLong();
                batched(tx, VOCABULARY, rows.vocabulary());
                batched(tx, REFERENCES, rows.references());
                BulkWrites.entities(tx, rows.entities(), BATCH_SIZE);
                BulkWrites.paragraphs(tx, rows.paragraphs(), BATCH_SIZE);
                BulkWrites.relations(tx, rows.relations(), BATCH_SIZE);
                batched(tx, SHARED_NAMES, rows.sharedNames());
                for (int from = 0; from < rows.mentions().size(); from += BATCH_SIZE) {
                    List<Map<String, Object>> batch = new ArrayList<>(rows.mentions().subList(from, Math.min(rows.mentions().size(), from + BATCH_SIZE)));
                    tx.run(MENTIONS, Map.of("rows", batch, "version", seed.hash())).consume();
                }
                tx.run(REMOVE_STALE_RELATIONSHIPS, Map.of("version", seed.hash())).consume();
                tx.run(REMOVE_STALE_NODES, Map.of("version", seed.hash())).consume();
                tx.run(RECORD_STATE, Map.of("version", seed.hash(), "location", seed.location(),
                        "entities", seed.entities().size(), "relations", seed.relations().size(), "revision", next)).consume();
                return next;
            }, config);
            return new Written(revision, changedEndpoints(before, seed));
        }
    }

    /** What a load wrote: the graph revision it became, and the entities whose relations changed. */
    record Written(long revision, java.util.Set<String> changedEntityIds) {
    }

    private static java.util.Set<String> changedEndpoints(Map<String, List<String>> before, Seed seed) {
        java.util.Set<String> changed = new java.util.TreeSet<>();
        java.util.Set<String> now = new java.util.HashSet<>();
        for (SeedRelation relation : seed.relations()) {
            now.add(relation.id());
            if (!before.containsKey(relation.id())) {
                changed.add(relation.from());
                changed.add(relation.to());
            }
        }
        before.forEach((id, ends) -> {
            if (!now.contains(id)) {
                changed.addAll(ends);
            }
        });
        return changed;
    }

    private static void batched(TransactionContext tx, String cypher, List<Map<String, Object>> rows) {
        BulkWrites.batched(tx, cypher, rows, BATCH_SIZE);
    }

    static Map<String, Object> row(String id, Map<String, Object> props) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("props", props);
        return row;
    }
}
