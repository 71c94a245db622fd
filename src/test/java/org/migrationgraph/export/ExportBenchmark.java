package org.migrationgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.testsupport.TestNeo4j;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not part of the test suite (its name matches neither *Test nor *IT): run it with
 * bench/export.sh. Loads a synthetic graph (every entity and relation cited, three relations
 * per entity, one hub holding a third of them) into an embedded Neo4j of its own, 10,000 then
 * 100,000 entities, and exports it in every format through the service's own in-process reads.
 * For each it prints the bytes written, the time, and the heap in use right after a full
 * collection forced every 8 MB of output (what the export keeps alive at that point), at its
 * largest, next to the same before the export started. The heap is capped (bench/export.sh).
 */
class ExportBenchmark {

    private static final int[] SIZES = {10_000, 100_000};
    private static final String[] KINDS = {"Organization", "Meeting", "Statement", "Initiative", "Person"};
    private static final String[] TYPES = {"ATTENDED", "SUPPORTS", "CONCERNS"};

    @Test
    void exportsTheGraphInHeapThatDoesNotGrowWithIt() throws IOException {
        List<String> report = new ArrayList<>(List.of("| entities | relations | file | bytes | seconds | live heap before (MB) | largest live heap during export (MB) |",
                "|---:|---:|---|---:|---:|---:|---:|"));
        try (TestNeo4j database = TestNeo4j.start("export-benchmark")) {
            GraphReads reads = GraphReads.inProcess(database.database(), Duration.ofMinutes(10));
            Exporter exporter = new Exporter(new ExportReader(reads, org.migrationgraph.asrecorded.AsRecorded.over(reads), null),
                    JsonMapper.builder().build());
            int loaded = 0;
            for (int size : SIZES) {
                load(database, loaded, size);
                loaded = size;
                long relations = database.count("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)");
                for (ExportFormat format : ExportFormat.values()) {
                    report.add(measure(exporter, format, size, relations));
                    System.out.println(report.get(report.size() - 1));
                }
            }
        }
        Path file = Path.of("target", "export-benchmark.md");
        Files.writeString(file, String.join("\n", report) + "\n");
        System.out.println(String.join("\n", report));
    }

    private String measure(Exporter exporter, ExportFormat format, int entities, long relations) throws IOException {
        System.gc();
        long before = usedHeap();
        CountingSink sink = new CountingSink();
        long start = System.nanoTime();
        exporter.write(exporter.prepare(format, ExportScope.WHOLE_GRAPH), "http://localhost:8080", sink);
        double seconds = (System.nanoTime() - start - sink.gcNanos) / 1e9;
        return "| %,d | %,d | %s | %,d | %.1f | %d | %s |".formatted(entities, relations, format.fileName(), sink.bytes, seconds,
                before >> 20, sink.largestLive == 0 ? "(under 8 MB written)" : String.valueOf(sink.largestLive >> 20));
    }

    /** Entities of five kinds, each cited; relations to two others and to one hub, each cited. */
    private static void load(TestNeo4j database, int from, int to) {
        try (var session = database.driver().session()) {
            session.run("CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE").consume();
            for (int start = from; start < to; start += 2_000) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = start; i < Math.min(to, start + 2_000); i++) {
                    String kind = KINDS[i % KINDS.length];
                    rows.add(Map.of("kind", kind, "props", Map.of("id", "synthetic:e" + i, "kind", kind, "name", "Synthetic entity " + i,
                            "aliases", List.of("SE" + i), "description", "A synthetic " + kind + " for the export benchmark",
                            "version", 1L, "citedParagraphs", List.of("doc:synthetic#" + (i % 500 + 1)),
                            "citedQuotes", List.of("Synthetic entity " + i + " is mentioned here"),
                            "citedReferences", List.of(), "citedReferenceDetails", List.of())));
                }
                session.run("UNWIND $rows AS row CREATE (n:Entity) SET n = row.props SET n:$(row.kind)", Map.of("rows", rows)).consume();
            }
            for (int start = Math.max(from, 1); start < to; start += 2_000) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = start; i < Math.min(to, start + 2_000); i++) {
                    for (int k = 0; k < TYPES.length; k++) {
                        int other = k == 2 ? 0 : (int) ((i * (k == 0 ? 7L : 13L) + k + 1) % i);
                        rows.add(Map.of("from", "synthetic:e" + i, "to", "synthetic:e" + other, "type", TYPES[k],
                                "props", Map.of("id", "synthetic:e" + i + "-" + TYPES[k] + "->synthetic:e" + other, "version", 1L,
                                        "citedParagraphs", List.of("doc:synthetic#" + (i % 500 + 1)),
                                        "citedQuotes", List.of("Entity " + i + " and entity " + other),
                                        "citedReferences", List.of(), "citedReferenceDetails", List.of())));
                    }
                }
                session.run("""
                        UNWIND $rows AS row
                        MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
                        MERGE (a)-[r:$(row.type)]->(b) SET r = row.props
                        """, Map.of("rows", rows)).consume();
            }
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * Counts what an HTTP client would receive and keeps none of it; every 8 MB it forces a full
     * collection and notes the heap still in use: the export's live set at that point (the time
     * the collections take is not counted as the export's).
     */
    private static final class CountingSink extends OutputStream {
        private static final long EVERY = 8L << 20;
        long bytes;
        long largestLive;
        long gcNanos;
        private long nextCheck = EVERY;

        @Override
        public void write(int b) {
            bytes++;
            check();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            check();
        }

        private void check() {
            if (bytes >= nextCheck) {
                nextCheck += EVERY;
                long start = System.nanoTime();
                System.gc();
                largestLive = Math.max(largestLive, usedHeap());
                gcNanos += System.nanoTime() - start;
            }
        }
    }
}
