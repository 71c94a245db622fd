package org.migrationgraph.validtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.seed.SeedService;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.neo4j.driver.Value;

/**
 * {@link Validity} (the rules in Java, for the offline importer) gives what Cypher's rules give
 * (what every transactional writer stores), on every branch of the rules, and what the seed loader
 * stored on every seed entity.
 */
class ValidityRulesIT extends GraphIntegrationTest {

    private static final List<Map<String, Object>> CASES = List.of(
            Map.of(),
            Map.of("since", "2016-09"),
            Map.of("until", "2021"),
            Map.of("since", "2019", "until", "2021", "date", "2018-01-01"),
            Map.of("date", "2022-05-17"),
            Map.of("date", "2022-05-17", "scheduledAsOf", "2018-12-19"),
            Map.of("date", "2022-05-17", "scheduledAsOf", "2023-01-01"),
            Map.of("scheduledAsOf", "2018-12-19"),
            Map.of("foundedDate", "1951-12-05", "adoptedDate", "2018-12-19"),
            Map.of("affirmedDate", "2018-12-17"),
            Map.of("asOf", "2020"),
            Map.of("asOf", "2020", "date", "2019-03-01"),
            Map.of("date", LocalDate.of(2018, 12, 10), "scheduledAsOf", LocalDate.of(2017, 1, 1)),
            Map.of("since", 2019L),
            Map.of("date", 2018L, "until", LocalDate.of(2020, 2, 1)));

    @Test
    void shouldGiveWhatCypherGivesOnEveryBranchOfTheRules() {
        assertThat(java(CASES, true)).isEqualTo(cypher(CASES, ValidTimeCypher.entityValidity("n")));
        assertThat(java(CASES, false)).isEqualTo(cypher(CASES, ValidTimeCypher.relationValidity("n")));
        assertThat(Validity.ofEntity(CASES.get(5))).contains("2018-12-19|~|2022-05-17");
        assertThat(Validity.ofRelation(CASES.get(10))).contains("2020|~|observed");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldGiveWhatTheSeedLoaderStoredOnEverySeedEntity() {
        List<Map<String, Object>> props = SeedService.validatedEntityRows(null).stream().map(row -> (Map<String, Object>) row.get("props")).toList();
        List<String> stored = new ArrayList<>();
        try (var session = driver.session()) {
            for (Map<String, Object> p : props) {
                Value v = session.run("MATCH (n:Entity {id: $id}) RETURN n.validity AS v", Map.of("id", p.get("id"))).single().get("v");
                stored.add(v.isNull() ? null : v.asString());
            }
        }
        assertThat(java(props, true)).isEqualTo(stored);
        assertThat(stored).as("the seed has dated entities").anyMatch(v -> v != null);
    }

    private static List<String> java(List<Map<String, Object>> cases, boolean entity) {
        List<String> out = new ArrayList<>();
        cases.forEach(c -> out.add((entity ? Validity.ofEntity(c) : Validity.ofRelation(c)).orElse(null)));
        return out;
    }

    private List<String> cypher(List<Map<String, Object>> cases, String rule) {
        List<Object> rows = new ArrayList<>(cases.stream().map(HashMap::new).toList());
        try (var session = driver.session()) {
            return session.run("UNWIND $rows AS n RETURN " + rule + " AS v", Map.of("rows", rows))
                    .list(r -> r.get("v").isNull() ? null : r.get("v").asString());
        }
    }
}
