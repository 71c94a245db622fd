package org.migrationgraph.validtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;

/**
 * The rules of valid time, evaluated by Neo4j on one record at a time, its validity derived as a
 * writer derives it: which relationships held
 * and which entities existed in a window, which of them are there only because undated facts
 * count, and where an entity starts. Each row says what the docs (docs/time.md) say it should.
 */
class ValidTimeRulesIT extends GraphIntegrationTest {

    /** The record as a writer stores it: its properties and the validity derived from them. */
    private static final String RELATION = "WITH $r AS stored WITH stored {.*, validity: " + ValidTimeCypher.relationValidity("stored") + "} AS r ";
    private static final String ENTITY = "WITH $n AS stored WITH stored {.*, validity: " + ValidTimeCypher.entityValidity("stored") + "} AS n ";

    private static final ValidTime JUNE_2020 = ValidTime.of("2020-06", null, null);
    private static final ValidTime JUNE_2020_DATED_ONLY = ValidTime.of("2020-06", null, "EXCLUDE");

    /** A relationship's properties, whether it held in June 2020, with undated facts and without, and whether it is undated then. */
    private record RelationCase(Map<String, Object> r, boolean holds, boolean holdsDatedOnly, boolean undated) {
    }

    /** An entity's properties, whether it existed in June 2020 with undated facts and without, whether undated, and its start if it was scheduled before it. */
    private record EntityCase(Map<String, Object> n, boolean exists, boolean existsDatedOnly, boolean undated, String start) {
    }

    private static final List<RelationCase> RELATIONS = List.of(
            new RelationCase(Map.of(), true, false, true),
            new RelationCase(Map.of("since", "2019"), true, true, false),
            new RelationCase(Map.of("since", "2020-07"), false, false, false),
            new RelationCase(Map.of("until", "2020-01-01"), false, false, false),
            new RelationCase(Map.of("since", "2018-05", "until", "2020-06"), false, false, false),
            new RelationCase(Map.of("since", "2018-05", "until", "2020-06-02"), true, true, false),
            new RelationCase(Map.of("date", "2020-06-15"), true, true, false),
            new RelationCase(Map.of("date", "2022"), false, false, false),
            new RelationCase(Map.of("asOf", "2019"), true, true, false),
            new RelationCase(Map.of("asOf", "2021-01-01"), true, false, true),
            new RelationCase(Map.of("since", "2021", "asOf", "2019"), false, false, false));

    private static final List<EntityCase> ENTITIES = List.of(
            new EntityCase(Map.of(), true, false, true, null),
            new EntityCase(Map.of("date", "2020-06-15"), true, true, false, null),
            new EntityCase(Map.of("date", "2022-05-17", "scheduledAsOf", "2018-12-19"), true, true, false, "2022-05-17"),
            new EntityCase(Map.of("date", "2022-05-17"), false, false, false, null),
            new EntityCase(Map.of("date", "2022-05-17", "scheduledAsOf", "2021"), false, false, false, "2022-05-17"),
            new EntityCase(Map.of("foundedDate", "1945-10-24"), true, true, false, null),
            new EntityCase(Map.of("startDate", "2020-11-12", "scheduledAsOf", "2018-12-19"), true, true, false, "2020-11-12"),
            new EntityCase(Map.of("since", "2016-09"), true, true, false, null),
            new EntityCase(Map.of("until", "2020"), false, false, false, null),
            new EntityCase(Map.of("adoptedDate", "2018-12-10", "affirmedDate", "2018-12-17"), true, true, false, null),
            new EntityCase(Map.of("date", "2018-12-10", "scheduledAsOf", "2019"), true, true, false, null));

    @Test
    void relationshipsHoldFromSinceToUntilOnceTheirDateHasComeFromTheirObservationOrUndated() {
        String cypher = RELATION + "RETURN " + ValidTimeCypher.relationHolds("r") + " AS holds, " + ValidTimeCypher.relationUndated("r")
                + " AS undated";
        for (RelationCase c : RELATIONS) {
            Map<String, Object> row = cypher(cypher, JUNE_2020.with(Map.of("r", c.r()))).get(0);
            assertThat(Arrays.asList(row.get("holds"), row.get("undated"))).as("%s in June 2020", c.r()).containsExactly(c.holds(), c.undated());
            Map<String, Object> datedOnly = cypher(cypher, JUNE_2020_DATED_ONLY.with(Map.of("r", c.r()))).get(0);
            assertThat(datedOnly.get("holds")).as("%s in June 2020, undated facts excluded", c.r()).isEqualTo(c.holdsDatedOnly());
        }
    }

    @Test
    void entitiesExistFromTheirDateOrFromWhenTheyWereScheduledOrUndated() {
        String cypher = ENTITY + "RETURN " + ValidTimeCypher.entityExists("n") + " AS exists, " + ValidTimeCypher.entityUndated("n")
                + " AS undated, " + ValidTimeCypher.fill("{{start(n)}}", true) + " AS start";
        for (EntityCase c : ENTITIES) {
            Map<String, Object> row = cypher(cypher, JUNE_2020.with(Map.of("n", c.n()))).get(0);
            assertThat(Arrays.asList(row.get("exists"), row.get("undated"), row.get("start"))).as("%s in June 2020", c.n())
                    .containsExactly(c.exists(), c.undated(), c.start());
            Map<String, Object> datedOnly = cypher(cypher, JUNE_2020_DATED_ONLY.with(Map.of("n", c.n()))).get(0);
            assertThat(datedOnly.get("exists")).as("%s in June 2020, undated facts excluded", c.n()).isEqualTo(c.existsDatedOnly());
        }
    }

    @Test
    void aPeriodHoldsWhatHeldAtAnyTimeInIt() {
        Map<String, Object> during = new HashMap<>();
        during.put("from", "2018");
        during.put("to", "2019-06");
        ValidTime window = ValidTime.of(null, during, null);
        String cypher = RELATION + "RETURN " + ValidTimeCypher.relationHolds("r") + " AS holds";
        assertThat(cypher(cypher, window.with(Map.of("r", Map.of("since", "2016", "until", "2018-02")))).get(0).get("holds")).isEqualTo(true);
        assertThat(cypher(cypher, window.with(Map.of("r", Map.of("since", "2019-06-30")))).get(0).get("holds")).isEqualTo(true);
        assertThat(cypher(cypher, window.with(Map.of("r", Map.of("since", "2019-07")))).get(0).get("holds")).isEqualTo(false);
        assertThat(cypher(cypher, window.with(Map.of("r", Map.of("until", "2017-12-31")))).get(0).get("holds")).isEqualTo(false);
    }
}
