package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.migrationgraph.testsupport.GraphQlOverHttp;
import org.springframework.boot.test.web.server.LocalServerPort;

/** No N+1: the statements a nested query runs do not grow with the page size. */
class QueryStatsIT extends GraphIntegrationTest {

    @LocalServerPort
    int port;

    private String nested(int entities) {
        List<String> ids = cypher("MATCH (s:MemberState) RETURN s.id AS id ORDER BY id LIMIT " + entities).stream()
                .map(r -> "\"" + r.get("id") + "\"").toList();
        return """
                { nodes(ids: [%s]) { id ... on Entity {
                    relations(first: 5) { edges { type citations { quote reference { id } }
                      node { id relations(first: 2) { edges { type node { id name } citations { reference { title } } } } } } } } } }
                """.formatted(ids.stream().collect(Collectors.joining(", ")));
    }

    private Map<String, Object> stats(String query) throws Exception {
        String body = GraphQlOverHttp.post(port, query, Map.of("X-Query-Stats", "true"));
        assertThat(body).doesNotContain("\"errors\"");
        return JsonPath.read(body, "$.extensions.queryStats");
    }

    @Test
    void shouldRunTheSameBoundedNumberOfStatementsForTenOrFiftyEntities() throws Exception {
        Map<String, Object> ten = stats(nested(10));
        Map<String, Object> fifty = stats(nested(50));
        // nodes, relations level 1, references level 1, relations level 2, references level 2
        assertThat((Integer) fifty.get("cypherStatements")).isEqualTo((Integer) ten.get("cypherStatements")).isLessThanOrEqualTo(5);
        assertThat((Integer) fifty.get("cost")).isEqualTo(50 + 50 * 5 + 50 * 5 * 2);
        assertThat(fifty.get("maxCost")).isEqualTo(5000);
    }

    @Test
    void shouldAnswerASearchAndAShortestPathWithOneStatementEach() throws Exception {
        Map<String, Object> search = stats("{ search(query: \"Phil\", first: 10) { edges { score node { id name kind } } } }");
        Map<String, Object> path = stats("{ shortestPath(from: \"state:PHL\", to: \"framework:gcm\") { length nodes { id name } } }");

        assertThat(search.get("cypherStatements")).isEqualTo(1);
        assertThat(path.get("cypherStatements")).isEqualTo(1);
    }

    @Test
    void shouldReportStatsOnlyWhenAskedFor() throws Exception {
        String body = GraphQlOverHttp.post(port, "{ entity(id: \"state:PHL\") { name } }", Map.of());
        assertThat(body).isEqualTo("{\"data\":{\"entity\":{\"name\":\"Philippines\"}}}");
    }
}
