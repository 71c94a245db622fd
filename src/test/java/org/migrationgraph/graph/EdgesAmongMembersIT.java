package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.migrationgraph.validtime.ValidTime;

/**
 * The edges among a neighbourhood's members are the same whichever end each is read from: on
 * the seed, around every twentieth entity and its five busiest ones, the statement with every
 * member's outgoing relations expanded (no member busy) and with members of more than 0 or 3
 * outgoing relations taken as busy (their edges found from the other end, by expanding its
 * incoming relations or by checking pairs) give the same edges. At a million entities busy means
 * more than 1,000 (SubgraphRepository.DENSE_DEGREE).
 */
class EdgesAmongMembersIT extends GraphIntegrationTest {

    private static final int NONE_BUSY = Integer.MAX_VALUE;

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
            List<String> expanded = edges(centre, depth, typeList, time, NONE_BUSY);
            assertThat(edges(centre, depth, typeList, time, 0)).as(centre + ", every member with outgoing relations busy").isEqualTo(expanded);
            assertThat(edges(centre, depth, typeList, time, 3)).as(centre + ", members of more than 3 busy").isEqualTo(expanded);
            edges += expanded.size();
        }
        assertThat(edges).as("edges found").isGreaterThan(centres.size());
    }

    @SuppressWarnings("unchecked")
    private List<String> edges(String centre, int depth, List<String> types, ValidTime time, int denseDegree) {
        Map<String, Object> parameters = new HashMap<>(time.with(SubgraphRepository.neighbourhoodParameters(centre, types, null, 200)));
        parameters.put("denseDegree", denseDegree);
        List<Map<String, Object>> rows = cypher(SubgraphRepository.neighbourhoodStatement(depth, Projection.FULL, time.bound()), parameters);
        return rows.stream().flatMap(row -> ((List<Map<String, Object>>) row.get("edges")).stream())
                .map(edge -> edge.get("source") + " " + edge.get("type") + " " + edge.get("target") + " " + ((Map<String, Object>) edge.get("props")).get("id"))
                .sorted().toList();
    }
}
