import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.migrationgraph.embedded.EmbeddedNeo4j;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.validtime.ValidTime;

/**
 * A relation page's statement with its degrees counted in Cypher and by the embedded database's
 * function (RelationDegrees, ADR 16), timed in this JVM through Neo4j's embedded API, the way the
 * service reads: the first run of each (which plans it), then both interleaved after 30 runs of
 * warm-up each, for totalCount alone and for a page of 5 with totalCount. Opens the store itself,
 * so the service must not be running on it. Run by bench/relation-degrees.sh.
 * Usage: java -cp <classpath> bench/RelationDegreesTimes.java <data-dir> <ids, comma-separated> [runs]
 */
public class RelationDegreesTimes {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        List<String> ids = List.of(args[1].split(","));
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, 0, Map.of("server.memory.pagecache.size", "2g"))) {
            var database = neo4j.database();
            neo4j.registerFunctions(Class.forName("org.migrationgraph.relation.RelationDegrees"));
            List<String> declared = database.executeTransactionally(
                    "MATCH (t:VocabularyTerm {category: 'relationType'}) RETURN t.name AS name ORDER BY name", Map.of(),
                    result -> result.stream().map(row -> (String) row.get("name")).toList());
            Map<String, String> statements = new LinkedHashMap<>();
            Map<String, Map<String, Object>> parameters = new HashMap<>();
            for (boolean paged : new boolean[] {false, true}) {
                Object filter = filter(paged);
                for (boolean byFunction : new boolean[] {false, true}) {
                    String name = (paged ? "page of 5 and totalCount" : "totalCount alone") + (byFunction ? ", function" : ", Cypher");
                    statements.put(name, statement(filter, declared, byFunction));
                    parameters.put(name, parameters(filter, ids));
                }
            }
            Map<String, Long> first = new HashMap<>();
            Map<String, List<Long>> micros = new HashMap<>();
            Map<String, Object> answers = new HashMap<>();
            for (int i = 0; i < runs + 31; i++) {
                for (var entry : statements.entrySet()) {
                    long started = System.nanoTime();
                    Object answer = database.executeTransactionally(entry.getValue(), parameters.get(entry.getKey()),
                            result -> result.stream().map(row -> List.of(row.get("id"), row.get("total"), row.get("hubTypes"))).toList());
                    long took = (System.nanoTime() - started) / 1_000;
                    if (i == 0) {
                        first.put(entry.getKey(), took);
                    } else if (i > 30) {
                        micros.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(took);
                    }
                    answers.put(entry.getKey(), answer);
                }
            }
            System.out.println("| statement, " + ids.size() + " entities (" + args[1].substring(0, Math.min(40, args[1].length()))
                    + ") | first run ms | p50 ms | p90 ms | p99 ms | runs | same answer as Cypher |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (String name : statements.keySet()) {
                List<Long> sorted = micros.get(name);
                Collections.sort(sorted);
                String cypher = name.replace(", function", ", Cypher");
                System.out.printf("| %s | %.1f | %.2f | %.2f | %.2f | %d | %s |%n", name, first.get(name) / 1000.0, at(sorted, 0.5),
                        at(sorted, 0.9), at(sorted, 0.99), sorted.size(), answers.get(name).equals(answers.get(cypher)));
            }
        }
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size()))) / 1000.0;
    }

    /** Every type and direction, no kind, no valid time: the totalCount that comes from the degrees. */
    private static Object filter(boolean paged) throws Exception {
        Class<?> cursorType = Class.forName("org.migrationgraph.relation.RelationCursor");
        Method after = cursorType.getDeclaredMethod("after", String.class);
        after.setAccessible(true);
        Class<?> filterType = Class.forName("org.migrationgraph.relation.RelationFilter");
        Constructor<?> filter = filterType.getDeclaredConstructor(List.class, String.class, List.class, int.class, cursorType,
                Projection.class, boolean.class, ValidTime.class, String.class, boolean.class);
        filter.setAccessible(true);
        return filter.newInstance(null, null, null, 5, after.invoke(null, (Object) null), Projection.FULL, true, ValidTime.ALWAYS, null, paged);
    }

    private static String statement(Object filter, List<String> declared, boolean byFunction) throws Exception {
        Class<?> repository = Class.forName("org.migrationgraph.relation.RelationRepository");
        Class<?> shapeType = Class.forName("org.migrationgraph.relation.RelationRepository$Shape");
        Method page = shapeType.getDeclaredMethod("page", filter.getClass(), List.class);
        page.setAccessible(true);
        Method statementOf = repository.getDeclaredMethod("statementOf", shapeType, boolean.class);
        statementOf.setAccessible(true);
        return (String) statementOf.invoke(null, page.invoke(null, filter, declared), byFunction);
    }

    /** As the service passes them, with the hubs' threshold it uses. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> parameters(Object filter, List<String> ids) throws Exception {
        Class<?> repository = Class.forName("org.migrationgraph.relation.RelationRepository");
        Method parameters = repository.getDeclaredMethod("parameters", filter.getClass(), List.class);
        parameters.setAccessible(true);
        Map<String, Object> given = new HashMap<>((Map<String, Object>) parameters.invoke(null, filter, ids));
        given.put("sortUpTo", 500);
        return given;
    }
}
