package org.migrationgraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.migrationgraph.embedded.EmbeddedNeo4j;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Not part of the test suite (its name matches neither *Test nor *IT): a benchmark that prints
 * figures. Run it with bench/api.sh. For each operation it measures the GraphQL request over
 * HTTP, the equivalent raw Cypher through the driver and the same Cypher through Neo4j's
 * embedded API, in the same run, then a mixed load on each side.
 * Bounded: fixed iteration counts and a fixed duration, loopback only.
 */
class ApiBenchmark extends GraphIntegrationTest {

    private static final int WARMUP = 300;
    private static final int ITERATIONS = 2_000;
    private static final int LOAD_THREADS = 4;
    private static final int LOAD_SECONDS = 15;

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedNeo4j embedded;

    private final HttpClient http = HttpClient.newHttpClient();

    private record Operation(String name, String graphQl, String cypher, Map<String, Object> parameters) {
    }

    /** No database work: what HTTP and GraphQL cost on their own, against a trivial Bolt round trip. */
    private static final Operation BASELINE = new Operation("baseline (no data)", "{ __typename }", "RETURN 1", Map.of());

    private static final List<Operation> OPERATIONS = List.of(
            new Operation("entity lookup",
                    "{ entity(id: \\\"state:PHL\\\") { id name kind aliases } }",
                    "MATCH (n:Entity {id: $id}) RETURN n {.*} AS node, labels(n) AS labels", Map.of("id", "state:PHL")),
            new Operation("search",
                    "{ search(query: \\\"Phil\\\", first: 10) { edges { score node { id name } } } }",
                    """
                    CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node, score
                    RETURN node {.*} AS node, labels(node) AS labels, score ORDER BY score DESC, node.id LIMIT 10""",
                    Map.of("q", "+(phil^4 OR phil*)")),
            new Operation("2-deep neighbourhood",
                    "{ neighborhood(id: \\\"org:network\\\", depth: 2, limit: 100) { nodes { id name kind } edges { type source target } } }",
                    """
                    MATCH (center:Entity {id: $id})
                    OPTIONAL MATCH p = (center)-[rs*1..2]-(m:Entity)
                    WHERE m <> center AND all(x IN nodes(p) WHERE x:Entity)
                    WITH center, m, min(length(p)) AS distance ORDER BY distance, m.id
                    WITH center, collect(m) AS found
                    WITH [center] + found[..100] AS members, size(found) > 100 AS truncated
                    CALL (members) {
                      UNWIND members AS a
                      MATCH (a)-[r]->(b:Entity) WHERE b IN members
                      RETURN collect({type: type(r), source: a.id, target: b.id, props: r {.id}}) AS edges
                    }
                    RETURN [x IN members | {props: x {.id, .kind, .name, .aliases}, labels: labels(x)}] AS nodes, edges, truncated""",
                    Map.of("id", "org:network")),
            new Operation("shortest path",
                    "{ shortestPath(from: \\\"state:PHL\\\", to: \\\"framework:gcm\\\") { length nodes { id name } edges { type citations { quote } } } }",
                    """
                    MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
                    MATCH p = shortestPath((a)-[*..6]-(b)) WHERE all(x IN nodes(p) WHERE x:Entity)
                    RETURN [x IN nodes(p) | x {.id, .kind, .name, .aliases}] AS nodes, [r IN relationships(p) | r {.*, type: type(r)}] AS rels""",
                    Map.of("from", "state:PHL", "to", "framework:gcm")),
            new Operation("nested page",
                    "{ memberStates(first: 20) { nodes { id name relations(first: 5) { edges { type node { id name } } } } } }",
                    """
                    MATCH (n:MemberState) WITH n ORDER BY toLower(n.name), n.id LIMIT 20
                    CALL (n) { MATCH (n)-[r]-(m:Entity) WITH r, m ORDER BY type(r), r.id LIMIT 5
                               RETURN collect({type: type(r), id: m.id, name: m.name}) AS rels }
                    RETURN n.id AS id, n.name AS name, rels""",
                    Map.of()));

    @Test
    void measure() throws Exception {
        StringBuilder report = new StringBuilder();
        report.append("| operation | GraphQL p50 ms | GraphQL p99 ms | GraphQL req/s | no-cache p50 ms | no-cache p99 ms | no-cache req/s "
                + "| Cypher p50 ms | Cypher p99 ms | Cypher req/s | p50 ratio | no-cache p50 ratio | in-process Cypher p50 ms |\n");
        report.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Operation op : java.util.stream.Stream.concat(java.util.stream.Stream.of(BASELINE), OPERATIONS.stream()).toList()) {
            for (int i = 0; i < WARMUP; i++) {
                graphQl(op, true);
                graphQl(op, false);
                cypher(op);
                inProcess(op);
            }
            double[] g = timed(() -> graphQl(op, true));
            double[] n = timed(() -> graphQl(op, false));
            double[] c = timed(() -> cypher(op));
            double[] l = timed(() -> inProcess(op));
            report.append(String.format("| %s | %.2f | %.2f | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f |%n", op.name(),
                    percentile(g, 50), percentile(g, 99), 1000 / mean(g), percentile(n, 50), percentile(n, 99), 1000 / mean(n),
                    percentile(c, 50), percentile(c, 99), 1000 / mean(c), percentile(g, 50) / percentile(c, 50),
                    percentile(n, 50) / percentile(c, 50), percentile(l, 50)));
        }
        report.append(String.format("%nMixed read load (the five operations in turn, %d client threads, %d s each):%n%n", LOAD_THREADS, LOAD_SECONDS))
                .append("| side | requests | requests/s | errors |\n|---|---|---|---|\n")
                .append(mixedLoad("GraphQL, response cache on", op -> graphQl(op, true)))
                .append(mixedLoad("GraphQL, Cache-Control: no-cache", op -> graphQl(op, false)))
                .append(mixedLoad("raw Cypher through the driver", op -> { cypher(op); return true; }))
                .append(mixedLoad("raw Cypher in-process", op -> { inProcess(op); return true; }));
        String text = report.toString();
        System.out.println(text);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark-report.md"), text);
    }

    private interface Request {
        boolean send(Operation op) throws Exception;
    }

    private String mixedLoad(String side, Request request) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(LOAD_THREADS);
        for (int t = 0; t < LOAD_THREADS; t++) {
            int offset = t;
            pool.submit(() -> {
                int i = offset;
                while (System.nanoTime() < end) {
                    try {
                        if (!request.send(OPERATIONS.get(i++ % OPERATIONS.size()))) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    done.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(LOAD_SECONDS + 30, TimeUnit.SECONDS);
        return String.format("| %s | %d | %.0f | %d |%n", side, done.get(), done.get() / (double) LOAD_SECONDS, errors.get());
    }

    /** One request; uncached ones ask for a fresh execution as any client can, with Cache-Control: no-cache. */
    private boolean graphQl(Operation op, boolean cached) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + op.graphQl() + "\"}"));
        HttpRequest request = (cached ? builder : builder.header("Cache-Control", "no-cache")).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && !response.body().contains("\"errors\"");
    }

    private void cypher(Operation op) {
        try (var session = driver.session()) {
            session.executeRead(tx -> tx.run(op.cypher(), op.parameters()).list());
        }
    }

    /** The same statement through Neo4j's embedded API in this JVM: the floor of any reader of this database. */
    private void inProcess(Operation op) {
        try (var tx = embedded.database().beginTx(); var result = tx.execute(op.cypher(), op.parameters())) {
            while (result.hasNext()) {
                result.next();
            }
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    private static double[] timed(Call call) throws Exception {
        double[] millis = new double[ITERATIONS];
        for (int i = 0; i < ITERATIONS; i++) {
            long start = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

}
