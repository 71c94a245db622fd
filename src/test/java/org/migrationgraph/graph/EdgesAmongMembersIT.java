package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.migrationgraph.validtime.ValidTime;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The edges among a neighbourhood's members are the same whichever end each is read from: on
 * the seed, around every twentieth entity and its five busiest ones, the statement with every
 * member's outgoing relations expanded (no member busy) and with members of more than 0 or 3
 * outgoing relations taken as busy (their edges found from the other end, by expanding its
 * incoming relations or by checking pairs) give the same edges; so does the statement that has
 * the embedded database's procedure read busy members' edges to heavy ones type by type, with
 * every member heavy or those of more than 2 incoming relations. At a million entities busy
 * means more than 1,000 outgoing relations and heavy more than 500 incoming
 * (SubgraphRepository.DENSE_DEGREE, HEAVY_DEGREE).
 */
class EdgesAmongMembersIT extends GraphIntegrationTest {

    private static final int NONE = Integer.MAX_VALUE;

    @Autowired
    EmbeddedProcedures procedures;

    @Test
    void shouldHaveTheProcedureInTheEmbeddedDatabaseSoTheServiceReadsByType() {
        assertThat(procedures.edgesFromBusyToHeavy()).isTrue();
        assertThat(cypher("SHOW PROCEDURES YIELD name WHERE name = $name RETURN name", Map.of("name", EdgesFromBusyToHeavy.NAME))).hasSize(1);
    }

    @ParameterizedTest(name = "depth {0}, types {1}, as of {2}")
    @CsvSource(delimiter = ';', value = {"2;;", "1;;", "2;ATTENDED,MEMBER_OF,TOOK_THE_FLOOR_AT,CONCERNS;", "2;;2019"})
    void shouldFindTheSameEdgesWhicheverEndTheyAreReadFrom(int depth, String types, String asOf) {
        ValidTime time = asOf == null ? ValidTime.ALWAYS : ValidTime.of(asOf, null, null);
        List<String> typeList = types == null ? null : List.of(types.split(","));
        List<String> centres = cypher("""
                MATCH (n:Entity) WITH n ORDER BY n.id WITH collect(n.id) AS ids
                CALL (ids) { UNWIND range(0, size(ids) - 1, 20) AS i RETURN ids[i] AS id
                  UNION MATCH (n:Entity) WITH n ORDER BY COUNT { (n)--() } DESC, n.id LIMIT 5 RETURN n.id AS id }
                RETURN id""").stream().map(r -> (String) r.get("id")).toList();
        int edges = 0;
        for (String centre : centres) {
            Edges expanded = edges(centre, depth, typeList, time, false, NONE, NONE);
            assertThat(edges(centre, depth, typeList, time, false, 0, NONE)).as(centre + ", every member with outgoing relations busy").isEqualTo(expanded);
            assertThat(edges(centre, depth, typeList, time, false, 3, NONE)).as(centre + ", members of more than 3 busy").isEqualTo(expanded);
            assertThat(edges(centre, depth, typeList, time, true, 0, -1)).as(centre + ", every member busy and heavy, by type").isEqualTo(expanded);
            assertThat(edges(centre, depth, typeList, time, true, 3, 2)).as(centre + ", busy over 3, heavy over 2, by type").isEqualTo(expanded);
            edges += expanded.edges().size();
        }
        assertThat(edges).as("edges found").isGreaterThan(centres.size());
    }

    /** The edges by source, type, target and id, sorted, and how many count because undated facts do. */
    private record Edges(List<String> edges, List<Boolean> undated) {
    }

    @SuppressWarnings("unchecked")
    private Edges edges(String centre, int depth, List<String> types, ValidTime time, boolean typed, int denseDegree, int heavyDegree) {
        Map<String, Object> parameters = new HashMap<>(time.with(SubgraphRepository.neighbourhoodParameters(centre, types, null, 200)));
        parameters.put("denseDegree", denseDegree);
        parameters.put("heavyDegree", heavyDegree);
        List<Map<String, Object>> rows = cypher(SubgraphRepository.neighbourhoodStatement(depth, Projection.FULL, time.bound(), typed), parameters);
        List<Map<String, Object>> found = rows.stream().flatMap(row -> ((List<Map<String, Object>>) row.get("edges")).stream())
                .sorted(java.util.Comparator.comparing(EdgesAmongMembersIT::key)).toList();
        return new Edges(found.stream().map(EdgesAmongMembersIT::key).toList(), found.stream().map(edge -> (Boolean) edge.get("undated")).toList());
    }

    @SuppressWarnings("unchecked")
    private static String key(Map<String, Object> edge) {
        return edge.get("source") + " " + edge.get("type") + " " + edge.get("target") + " " + ((Map<String, Object>) edge.get("props")).get("id");
    }
}
