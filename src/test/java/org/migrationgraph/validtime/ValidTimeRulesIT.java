package org.migrationgraph.validtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;

/**
 * The rules of valid time are written twice, in Cypher for what the database reads and in Java
 * for the graph as recorded at an earlier moment; on every combination of dates below both say
 * the same, evaluated by Neo4j itself.
 */
class ValidTimeRulesIT extends GraphIntegrationTest {

    private static final List<Map<String, Object>> RELATIONS = List.of(
            Map.of(), Map.of("since", "2019"), Map.of("since", "2020-07"), Map.of("until", "2020-01-01"),
            Map.of("since", "2018-05", "until", "2020-06"), Map.of("date", "2020-06-15"), Map.of("date", "2022"),
            Map.of("asOf", "2019"), Map.of("asOf", "2021-01-01"), Map.of("since", "2021", "asOf", "2019"));
    private static final List<Map<String, Object>> ENTITIES = List.of(
            Map.of(), Map.of("date", "2020-06-15"), Map.of("date", "2022-05-17", "scheduledAsOf", "2018-12-19"),
            Map.of("date", "2020-04-02", "scheduledAsOf", "2020-03"), Map.of("foundedDate", "1945-10-24"),
            Map.of("startDate", "2020-11-12", "scheduledAsOf", "2018-12-19"), Map.of("since", "2016-09"), Map.of("until", "2020"),
            Map.of("establishedDate", "2019-05"), Map.of("adoptedDate", "2018-12-10", "affirmedDate", "2018-12-17"));
    private static final List<ValidTime> WINDOWS = windows();

    private static List<ValidTime> windows() {
        List<ValidTime> windows = new ArrayList<>();
        for (String asOf : List.of("2019", "2020-06", "2020-06-15", "2021-07-15", "1990")) {
            windows.add(ValidTime.of(asOf, null, null));
            windows.add(ValidTime.of(asOf, null, "EXCLUDE"));
        }
        Map<String, Object> during = new HashMap<>();
        during.put("from", "2018");
        during.put("to", "2019-06");
        windows.add(ValidTime.of(null, during, null));
        during.put("to", null);
        windows.add(ValidTime.of(null, during, "EXCLUDE"));
        return windows;
    }

    @Test
    void javaAndCypherAgreeOnWhichRelationsHeldAndWhichAreUndated() {
        String cypher = "WITH $r AS r RETURN " + ValidTimeCypher.relationHolds("r") + " AS holds, " + ValidTimeCypher.relationUndated("r") + " AS undated";
        for (ValidTime window : WINDOWS) {
            for (Map<String, Object> r : RELATIONS) {
                Map<String, Object> row = cypher(cypher, window.with(Map.of("r", r))).get(0);
                assertThat(window.holds(r)).as("holds %s in %s", r, window).isEqualTo(row.get("holds"));
                assertThat(window.undatedRelation(r)).as("undated %s in %s", r, window).isEqualTo(row.get("undated"));
            }
        }
    }

    @Test
    void javaAndCypherAgreeOnWhichEntitiesExistedAndWhichAreUndated() {
        String cypher = "WITH $n AS n RETURN " + ValidTimeCypher.entityExists("n") + " AS exists, " + ValidTimeCypher.entityUndated("n")
                + " AS undated, " + ValidTimeCypher.fill("{{start(n)}}", true) + " AS start";
        for (ValidTime window : WINDOWS) {
            for (Map<String, Object> n : ENTITIES) {
                Map<String, Object> row = cypher(cypher, window.with(Map.of("n", n))).get(0);
                assertThat(window.exists(n)).as("exists %s in %s", n, window).isEqualTo(row.get("exists"));
                assertThat(window.undatedEntity(n)).as("undated %s in %s", n, window).isEqualTo(row.get("undated"));
                assertThat(ValidTime.start(n)).as("start of %s", n).isEqualTo(row.get("start"));
            }
        }
    }
}
