import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.migrationgraph.embedded.EmbeddedNeo4j;
import org.migrationgraph.validtime.ValidTime;
import org.migrationgraph.validtime.ValidTimeCypher;

/**
 * What a whole-graph pass over every record's validity costs: the tallies that stats counts from
 * (graph.CountTallies, made again after every write), and stats as of 2020-06 counted fact by fact
 * (what stats as recorded at a moment does), each timed in this JVM through Neo4j's embedded API,
 * after one untimed run. Opens the store itself, so no service may be running on it. Run by
 * bench/tally.sh.
 * Usage: java -cp <classpath> bench/TallyTimes.java <data-dir> [runs]
 */
public class TallyTimes {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String tally = constant("org.migrationgraph.graph.CountTallies", "TALLY");
        ValidTime asOf = ValidTime.of("2020-06", null, null);
        String counts = ValidTimeCypher.fill(constant("org.migrationgraph.graph.TimelineAndStatsRepository", "COUNTS"), true);
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, 0, Map.of("server.memory.pagecache.size", "2g"))) {
            var database = neo4j.database();
            System.out.println("| pass over every record | runs | median s | min s | max s |");
            System.out.println("|---|---|---|---|---|");
            time(database, "the tallies (CountTallies)", tally, Map.of(), runs);
            time(database, "stats as of 2020-06, fact by fact", counts, asOf.parameters(), runs);
        }
    }

    private static void time(org.neo4j.graphdb.GraphDatabaseService database, String name, String statement, Map<String, Object> parameters,
            int runs) {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            long started = System.nanoTime();
            database.executeTransactionally(statement, parameters, result -> result.stream().count());
            if (i > 0) {
                seconds.add((System.nanoTime() - started) / 1e9);
            }
        }
        Collections.sort(seconds);
        System.out.printf("| %s | %d | %.1f | %.1f | %.1f |%n", name, runs, seconds.get(runs / 2), seconds.get(0), seconds.get(runs - 1));
    }

    private static String constant(String type, String name) throws ReflectiveOperationException {
        Field field = Class.forName(type).getDeclaredField(name);
        field.setAccessible(true);
        return (String) field.get(null);
    }
}
