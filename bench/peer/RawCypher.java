import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * The raw-Cypher side of bench/peer/run.sh: one of the five questions, asked as one Cypher
 * statement through the Neo4j Java driver over Bolt, from as many threads as connections, each
 * with its own session, for the given seconds after as many of warm-up. Prints one line in
 * bench/scale-op.lua's format (p50/p90/p99 in ms, requests/s, errors), which run.sh reads.
 * The statements answer what the service's queries in run.sh ask, the way a developer would write
 * them by hand: the same ids, the same page sizes, the same order where the service promises one.
 * Usage: java -cp 'target/bench-lib/*' bench/peer/RawCypher.java URI PASSWORD OPERATION SECONDS CONNECTIONS [WARM-UP SECONDS]
 */
public class RawCypher {

    /**
     * The service's full-text query for "migration" (search.LuceneQuery: exact, prefix, typo and
     * kin forms, field weights). One typo, not two: the graph holds the word as typed, which the
     * service asks the index once per graph generation (search.WordsInIndex), not here.
     */
    static final String MIGRATION = "(name:(migration^3 OR migration*)^4 OR aliasText:(migration^3 OR migration* OR migration~1 OR migrat*^0.5)^3"
            + " OR description:(migration^3 OR migration*)^1.2 OR quoteText:(migration^3 OR migration*)^1)";

    /** The centre and up to 200 entities within two hops of it, the first found (the service bounds each hop likewise). */
    static final String NEIGHBOURS = """
            MATCH (center:Entity {id: $id})
            CALL (center) {
              MATCH (center)-[*1..2]-(m:Entity) WHERE m <> center
              RETURN DISTINCT m LIMIT 200
            }
            WITH center, collect(m) AS found
            WITH [center] + found AS members
            """;

    record Operation(String cypher, Map<String, Object> parameters) {
    }

    /**
     * The five questions as the service answers them: search ranks with the service's query and
     * exact-name boost; the neighbourhood is its entities, as both GraphQL sides are asked for
     * (the service finds the edges among them only when they are asked for:
     * "neighbourhood-2-deep-edges"); the shortest path is the first in the order of the ids along
     * it (the service's promise, so that equal stores answer alike); the nested page takes each
     * State's first five relations in (type, id) order. "shortest-path-loose" drops that promise
     * the way the peer's statement does: any one shortest path.
     */
    static final Map<String, Operation> OPERATIONS = Map.of(
            "lookup", new Operation("MATCH (n:Entity {id: $id}) RETURN n {.id, .name, .kind, .aliases} AS node", Map.of("id", "state:PHL")),
            "search", new Operation("""
                    CALL db.index.fulltext.queryNodes('entity_search', $q, {limit: 61}) YIELD node, score
                    WITH node, score * CASE WHEN 'migration' IN coalesce(node.nameKeys, []) THEN 3.0 ELSE 1.0 END AS score
                    RETURN node {.id, .name} AS node, score ORDER BY score DESC, node.id LIMIT 10""", Map.of("q", MIGRATION)),
            "neighbourhood-2-deep-edges", new Operation(NEIGHBOURS + """
                    CALL (members) {
                      UNWIND members AS a
                      MATCH (a)-[r]->(b:Entity) WHERE b IN members
                      RETURN collect({type: type(r), source: a.id, target: b.id}) AS edges
                    }
                    RETURN [x IN members | x {.id, .name, .kind}] AS nodes, edges""", Map.of("id", "org:network")),
            "neighbourhood-2-deep", new Operation(NEIGHBOURS + """
                    RETURN [x IN members | x {.id, .name, .kind}] AS nodes""", Map.of("id", "org:network")),
            "shortest-path", new Operation("""
                    MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
                    MATCH p = allShortestPaths((a)-[*..6]-(b)) WHERE all(x IN nodes(p) WHERE x:Entity)
                    WITH p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | r.id] LIMIT 1
                    RETURN [x IN nodes(p) | x {.id, .name}] AS nodes""", Map.of("from", "state:PHL", "to", "framework:gcm")),
            "shortest-path-loose", new Operation("""
                    MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
                    MATCH p = shortestPath((a)-[*..6]-(b)) WHERE all(x IN nodes(p) WHERE x:Entity)
                    RETURN [x IN nodes(p) | x {.id, .name}] AS nodes""", Map.of("from", "state:PHL", "to", "framework:gcm")),
            "nested-page-20", new Operation("""
                    MATCH (n:MemberState) WITH n ORDER BY toLower(n.name), n.id LIMIT 20
                    CALL (n) { MATCH (n)-[r]-(m:Entity) WITH r, m ORDER BY type(r), r.id LIMIT 5
                               RETURN collect(m {.id, .name}) AS related }
                    RETURN n.id AS id, n.name AS name, related""", Map.of()));

    public static void main(String[] args) throws Exception {
        Operation op = OPERATIONS.get(args[2]);
        if (op == null) {
            throw new IllegalArgumentException("No operation " + args[2] + "; one of " + OPERATIONS.keySet());
        }
        int seconds = Integer.parseInt(args[3]);
        int connections = Integer.parseInt(args[4]);
        int warm = args.length > 5 ? Integer.parseInt(args[5]) : seconds;
        Config config = Config.builder().withMaxConnectionPoolSize(connections).build();
        try (Driver driver = GraphDatabase.driver(args[0], AuthTokens.basic("neo4j", args[1]), config)) {
            run(driver, op, warm, connections);   // warm-up: plans, JIT, page cache
            List<Long> micros = Collections.synchronizedList(new ArrayList<>());
            AtomicLong errors = new AtomicLong();
            long took = run(driver, op, seconds, connections, micros, errors);
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            System.out.printf("RESULT p50=%.1f p90=%.1f p99=%.1f rps=%.0f requests=%d errors=%d%n", percentile(sorted, 50),
                    percentile(sorted, 90), percentile(sorted, 99), sorted.size() / (took / 1e9), sorted.size(), errors.get());
        }
    }

    private static void run(Driver driver, Operation op, int seconds, int connections) throws InterruptedException {
        run(driver, op, seconds, connections, Collections.synchronizedList(new ArrayList<>()), new AtomicLong());
    }

    /** Asks the question from every thread until the time is up; returns the nanoseconds it took. */
    private static long run(Driver driver, Operation op, int seconds, int connections, List<Long> micros, AtomicLong errors)
            throws InterruptedException {
        long started = System.nanoTime();
        long end = started + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        for (int t = 0; t < connections; t++) {
            pool.submit(() -> {
                try (Session session = driver.session()) {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        try {
                            session.executeRead(tx -> tx.run(op.cypher(), op.parameters()).list());
                            micros.add((System.nanoTime() - start) / 1000);
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return System.nanoTime() - started;
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }
}
