import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.migrationgraph.embedded.EmbeddedNeo4j;
import org.migrationgraph.graph.EdgesFromBusyToHeavy;
import org.migrationgraph.reads.Projection;
import org.neo4j.kernel.api.procedure.GlobalProcedures;

/**
 * The 2-deep neighbourhood statement (limit 200, the lean projection), with and without the
 * embedded database's procedure (ADR 16), timed in this JVM through Neo4j's embedded API, the
 * way the service reads: the two interleaved, after 30 runs of warm-up each. Opens the store
 * itself, so the service must not be running on it. Run by bench/neighbourhood-statements.sh.
 * Usage: java -cp <classpath> bench/NeighbourhoodStatementTimes.java <data-dir> <centre id> [runs]
 */
public class NeighbourhoodStatementTimes {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String centre = args[1];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Method statement = Class.forName("org.migrationgraph.graph.SubgraphRepository")
                .getDeclaredMethod("neighbourhoodStatement", int.class, Projection.class, boolean.class, boolean.class);
        statement.setAccessible(true);
        Projection lean = new Projection(false, false);
        Map<String, String> statements = Map.of(
                "in Cypher", (String) statement.invoke(null, 2, lean, false, false),
                "with the procedure", (String) statement.invoke(null, 2, lean, false, true));
        Map<String, Object> parameters = new HashMap<>(Map.of("id", centre, "limit", 200L, "frontier", 201L, "perNode", 201L,
                "denseDegree", 1_000L, "heavyDegree", 500L));
        parameters.put("types", null);
        parameters.put("kinds", null);
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, 0, Map.of("server.memory.pagecache.size", "2g"))) {
            var database = neo4j.database();
            database.getDependencyResolver().resolveDependency(GlobalProcedures.class).registerProcedure(EdgesFromBusyToHeavy.class);
            Map<String, List<Long>> micros = new HashMap<>();
            Map<String, Integer> edges = new HashMap<>();
            for (int i = 0; i < runs + 30; i++) {
                for (var entry : statements.entrySet()) {
                    long started = System.nanoTime();
                    int found = database.executeTransactionally(entry.getValue(), parameters,
                            result -> ((List<?>) result.next().get("edges")).size());
                    long took = (System.nanoTime() - started) / 1_000;
                    if (i >= 30) {
                        micros.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(took);
                    }
                    edges.put(entry.getKey(), found);
                }
            }
            System.out.println("| statement, around " + centre + " | edges | p50 ms | p90 ms | p99 ms | runs |");
            System.out.println("|---|---|---|---|---|---|");
            for (String name : List.of("in Cypher", "with the procedure")) {
                List<Long> sorted = micros.get(name);
                Collections.sort(sorted);
                System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %d |%n", name, edges.get(name), at(sorted, 0.5), at(sorted, 0.9),
                        at(sorted, 0.99), sorted.size());
            }
        }
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(sorted.size() * quantile))) / 1_000.0;
    }
}
