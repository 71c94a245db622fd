package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationgraph.reads.CypherTemplate;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.migrationgraph.validtime.ValidTime;
import org.migrationgraph.validtime.ValidTimeCypher;
import org.migrationgraph.vocabulary.Vocabulary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The paths the API finds (one and two hops as patterns, read from the end with fewer
 * relations, the search only beyond; bound in time, the whole graph's first) are the paths
 * allShortestPaths() finds with every filter inside the search, in the same order: on the seed,
 * between each of its three busiest entities and every twentieth entity, both ways, under each
 * filter (every entity would take a minute).
 */
class ShortestPathsAsSearchedIT extends GraphIntegrationTest {

    /** The plain search: every shortest path under the filters, in order by the ids along it. */
    private static final String SEARCHED = """
            MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
            MATCH p = allShortestPaths((a)-[*..{{maxHops}}]-(b))
            WHERE all(x IN nodes(p) WHERE x:Entity AND {{exists(x)}})
              AND all(r IN relationships(p) WHERE ($types IS NULL OR type(r) IN $types) AND {{holds(r)}})
            WITH p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | r.id] LIMIT $limit
            RETURN [x IN nodes(p) | x.id] + [r IN relationships(p) | r.id] AS ids
            """;

    @Autowired
    PathRepository paths;

    @Autowired
    Vocabulary vocabulary;

    /**
     * So the comparisons below are of the search that names the declared types in its pattern:
     * it runs only when every relation type in the store is declared or never joins two entities.
     */
    @Test
    void shouldHoldOnlyDeclaredRelationTypesAndTypesNeverBetweenEntities() {
        List<String> inStore = cypher("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType").stream()
                .map(r -> (String) r.get("relationshipType")).toList();

        assertThat(inStore).isNotEmpty().allMatch(type -> vocabulary.relationTypeNames().contains(type)
                || PathRepository.NOT_BETWEEN_ENTITIES.contains(type));
    }

    @ParameterizedTest(name = "at most {0} hops, types {1}, as of {2}, {3} paths")
    @CsvSource(delimiter = ';', value = {"6;;;3", "2;;;50", "3;MEMBER_OF,ATTENDED,TOOK_THE_FLOOR_AT,SUPPORTS;;5", "6;;2019;3", "4;;2021-06;1",
            "1;;;5"})
    void shouldFindTheSamePathsAsTheSearchFromTheBusiestEntities(int maxHops, String types, String asOf, int limit) {
        ValidTime time = asOf == null ? ValidTime.ALWAYS : ValidTime.of(asOf, null, null);
        List<String> typeList = types == null ? null : List.of(types.split(","));
        List<String> everyTwentieth = cypher("MATCH (n:Entity) WITH n.id AS id ORDER BY id WITH collect(id) AS ids "
                + "UNWIND range(0, size(ids) - 1, 20) AS i RETURN ids[i] AS id").stream().map(r -> (String) r.get("id")).toList();
        List<String> busiest = cypher("MATCH (n:Entity) RETURN n.id AS id ORDER BY COUNT { (n)--(:Entity) } DESC, id LIMIT 3").stream()
                .map(r -> (String) r.get("id")).toList();
        int found = 0;
        for (String busy : busiest) {
            for (String other : everyTwentieth) {
                if (!busy.equals(other)) {
                    found += same(busy, other, maxHops, typeList, time, limit) + same(other, busy, maxHops, typeList, time, limit);
                }
            }
        }
        assertThat(found).as("pairs with a path").isGreaterThan(busiest.size() * 2);
    }

    /** Asserts the API finds what the search finds; 1 if that is a path. */
    private int same(String from, String to, int maxHops, List<String> types, ValidTime time, int limit) {
        List<List<String>> expected = searched(from, to, maxHops, types, time, limit);
        assertThat(answered(from, to, maxHops, types, time, limit)).as(from + " to " + to).isEqualTo(expected);
        return expected.isEmpty() ? 0 : 1;
    }

    private List<List<String>> answered(String from, String to, int maxHops, List<String> types, ValidTime time, int limit) {
        return paths.paths(new PathQuery(from, to, maxHops, types, limit, time, null), Projection.FULL).stream()
                .map(path -> java.util.stream.Stream.concat(path.nodes().stream().map(n -> n.id()), path.edges().stream().map(GraphEdge::id))
                        .toList())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> searched(String from, String to, int maxHops, List<String> types, ValidTime time, int limit) {
        String statement = ValidTimeCypher.fill(CypherTemplate.fill(SEARCHED, Map.of("maxHops", String.valueOf(maxHops))), time.bound());
        return cypher(statement, time.with(GraphReads.parameters("from", from, "to", to, "types", types, "limit", limit))).stream()
                .map(row -> (List<String>) row.get("ids")).toList();
    }
}
