package org.migrationgraph.generate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.migrationgraph.change.GraphRevision;
import org.migrationgraph.generate.Anchors.Named;
import org.migrationgraph.seed.BulkWrites;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

/**
 * Writes a {@link SyntheticGraph} into an existing store through the seed loader's bulk write
 * path (a new store is written by {@link StoreImport}), a transaction per
 * chunk of documents (so a million entities never sit in one transaction's memory), and records
 * what it wrote. Generated records carry {@code generated: <seed number>} and no seed version,
 * so re-applying the seed leaves them alone (it removes only what an older seed wrote); a
 * generated relation goes with a seed entity that a new seed no longer has.
 */
final class GraphGenerator {

    /** Documents per transaction: about 13,000 entities and 48,000 relations. */
    static final int DOCUMENTS_PER_CHUNK = 1_000;
    /** Rows per UNWIND statement: large, since each statement's planning and round trip are paid per batch. */
    static final int ROWS_PER_STATEMENT = 5_000;

    private static final String ANCHORS = """
            MATCH (n:Entity) WHERE n.kind IN $kinds AND n.generated IS NULL
            RETURN n.kind AS kind, n.id AS id, n.name AS name ORDER BY n.id
            """;
    private static final String RECORD = """
            MERGE (s:SeedState {id: 'graph-seed'})
            SET s.loadedRevision = $revision, s.generatedSeed = $seed, s.generatedDocuments = $documents
            """;

    /**
     * What was written (rows sent; {@code created} counts the nodes and relationships that were not
     * there before, 0 when the same graph was generated already), with the time spent on each part.
     */
    record Written(long documents, long entities, long paragraphs, long relations, long created, Duration entityTime, Duration relationTime,
                   Duration total) {

        double entitiesPerSecond() {
            return entities / seconds(entityTime);
        }

        double relationsPerSecond() {
            return relations / seconds(relationTime);
        }

        private static double seconds(Duration d) {
            return Math.max(1, d.toNanos()) / 1e9;
        }
    }

    private GraphGenerator() {
    }


    static Written generate(Driver driver, long entities, long seed) {
        long started = System.nanoTime();
        SyntheticGraph graph = new SyntheticGraph(anchors(driver), seed);
        long documents = SyntheticGraph.documentsFor(entities);
        long[] counts = new long[4];
        long[] nanos = new long[2];
        TransactionConfig config = TransactionConfig.builder().withTimeout(Duration.ofMinutes(10)).build();
        try (Session session = driver.session()) {
            for (long from = 0; from < documents; from += DOCUMENTS_PER_CHUNK) {
                Chunk chunk = graph.documents(from, Math.min(documents, from + DOCUMENTS_PER_CHUNK));
                session.executeWriteWithoutResult(tx -> {
                    long t0 = System.nanoTime();
                    long created = BulkWrites.entities(tx, chunk.entities(), ROWS_PER_STATEMENT);
                    long t1 = System.nanoTime();
                    created += BulkWrites.paragraphs(tx, chunk.paragraphs(), ROWS_PER_STATEMENT);
                    long t2 = System.nanoTime();
                    created += BulkWrites.relations(tx, chunk.relations(), ROWS_PER_STATEMENT);
                    nanos[0] += t1 - t0;
                    nanos[1] += System.nanoTime() - t2;
                    counts[3] += created;
                }, config);
                counts[0] += chunk.entities().size();
                counts[1] += chunk.paragraphs().size();
                counts[2] += chunk.relations().size();
            }
            // A bulk load, like a seed load, is not a curated change: followers of the change feed
            // resynchronise. Generating the same graph again created nothing and moves nothing on.
            if (counts[3] > 0) {
                record(driver, seed, documents);
            }
        }
        return new Written(documents, counts[0], counts[1], counts[2], counts[3], Duration.ofNanos(nanos[0]), Duration.ofNanos(nanos[1]),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** Records the generation on the seed state, at a new graph revision (followers resynchronise). */
    static void record(Driver driver, long seed, long documents) {
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                long revision = tx.run(GraphRevision.NEXT).single().get("revision").asLong();
                tx.run(RECORD, Map.of("revision", revision, "seed", seed, "documents", documents)).consume();
            });
        }
    }

    private static Anchors anchors(Driver driver) {
        try (Session session = driver.session()) {
            Map<String, List<Named>> byKind = new TreeMap<>();
            session.executeRead(tx -> tx.run(ANCHORS, Map.of("kinds", Anchors.KINDS)).list()).forEach(r -> byKind.computeIfAbsent(r.get("kind").asString(), k -> new ArrayList<>())
                    .add(new Named(r.get("id").asString(), r.get("name").asString())));
            return Anchors.from(byKind);
        }
    }
}
