package org.migrationgraph.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.migrationgraph.testsupport.GraphQlOverHttp;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A list page's relations read in the list's own statement (ListedRelations): one statement
 * where the DataLoader ran two, and the same answer. The answer without priming comes from the
 * same query with a second relations field beside the first, which ListedRelations leaves to
 * the DataLoader; each query has an operation name of its own, so none comes from the response cache.
 */
class ListedRelationsIT extends GraphIntegrationTest {

    /** %1$s: operation name; %2$s: the list and its arguments; %3$s: the relations field's arguments; %4$s: its selection; %5$s: beside it. */
    private static final String NESTED = """
            query %1$s { %2$s { nodes { id name relations%3$s { %4$s } %5$s } } }""";
    private static final String PAGE = """
            totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
            edges { cursor id type direction version date node { id name kind } }""";
    private static final String BESIDE = "beside: relations(first: 1) { totalCount }";

    @LocalServerPort
    int port;

    @Test
    void shouldReadAPagesRelationsInOneStatementAndAnswerAsTheDataLoaderDoes() throws Exception {
        assertSameAnswer("Plain", "memberStates(first: 30)", "(first: 5)", PAGE);
    }

    @Test
    void shouldAnswerFilteredRelationsAsTheDataLoaderDoes() throws Exception {
        assertSameAnswer("Filtered", "memberStates(first: 40)", "(types: [\"TOOK_THE_FLOOR_AT\", \"MEMBER_OF\"], direction: OUTGOING, "
                + "kinds: [\"Meeting\", \"Organization\"], first: 3)", PAGE);
    }

    @Test
    void shouldAnswerWholeRelationsWithCitationsAsTheDataLoaderDoes() throws Exception {
        assertSameAnswer("Whole", "organizations(first: 10)", "(first: 8)", PAGE + " edges { citations { quote paragraph } node { description } }");
    }

    @Test
    void shouldAnswerTotalCountAloneAsTheDataLoaderDoes() throws Exception {
        assertSameAnswer("Counted", "memberStates(first: 50, orderBy: [{field: ID, direction: DESC}])", "(kinds: [\"Meeting\"])", "totalCount");
    }

    @Test
    void shouldAnswerThePageAfterACursorAsTheDataLoaderDoes() throws Exception {
        String first = GraphQlOverHttp.post(port, NESTED.formatted("FirstPage", "organizations(first: 1)", "(first: 3)", PAGE, ""), Map.of());
        String cursor = JsonPath.read(first, "$.data.organizations.nodes[0].relations.pageInfo.endCursor");

        assertSameAnswer("NextPage", "organizations(first: 1)", "(first: 3, after: \"" + cursor + "\")", PAGE);
    }

    @Test
    void shouldReadRelationsAskedUnderEdgesNodeWithThePageToo() throws Exception {
        String query = "query UnderEdges { meetings(first: 10) { edges { node { id relations(first: 4) { " + PAGE + " } } } } }";
        String answer = GraphQlOverHttp.post(port, query, Map.of("X-Query-Stats", "true"));

        assertThat(answer).doesNotContain("\"errors\"");
        assertThat((Integer) JsonPath.read(answer, "$.extensions.queryStats.cypherStatements")).isEqualTo(1);
        List<Integer> totals = JsonPath.read(answer, "$.data.meetings.edges[*].node.relations.totalCount");
        assertThat(totals).hasSize(10).allMatch(total -> total > 0);
    }

    @Test
    void shouldLeaveRelationsInAValidTimeToTheDataLoader() throws Exception {
        String answer = GraphQlOverHttp.post(port, NESTED.formatted("InTime", "memberStates(first: 5)", "(asOf: \"2019\")", "totalCount", ""),
                Map.of("X-Query-Stats", "true"));

        assertThat(answer).doesNotContain("\"errors\"");
        assertThat((Integer) JsonPath.read(answer, "$.extensions.queryStats.cypherStatements")).isEqualTo(2);
    }

    @Test
    void shouldLeaveARefusedArgumentToTheRelationsFieldWithItsPath() throws Exception {
        String answer = GraphQlOverHttp.post(port, NESTED.formatted("Refused", "memberStates(first: 2)", "(types: [\"NO_SUCH_TYPE\"])", "totalCount", ""),
                Map.of());

        List<String> codes = JsonPath.read(answer, "$.errors[*].extensions.code");
        List<List<Object>> paths = JsonPath.read(answer, "$.errors[*].path");
        assertThat(codes).isNotEmpty().containsOnly("BAD_USER_INPUT");
        assertThat(paths).contains(List.of("memberStates", "nodes", 0, "relations"));
    }

    /**
     * The nested page read in one statement answers as the DataLoader's two: the same entities,
     * each with the same relations page.
     */
    private void assertSameAnswer(String name, String list, String arguments, String selection) throws Exception {
        String primed = GraphQlOverHttp.post(port, NESTED.formatted(name + "Primed", list, arguments, selection, ""), Map.of("X-Query-Stats", "true"));
        String loaded = GraphQlOverHttp.post(port, NESTED.formatted(name + "Loaded", list, arguments, selection, BESIDE),
                Map.of("X-Query-Stats", "true"));
        String root = list.substring(0, list.indexOf('('));

        assertThat(primed).doesNotContain("\"errors\"");
        assertThat(loaded).doesNotContain("\"errors\"");
        assertThat((Integer) JsonPath.read(primed, "$.extensions.queryStats.cypherStatements")).as("the list's statement alone").isEqualTo(1);
        assertThat((Integer) JsonPath.read(loaded, "$.extensions.queryStats.cypherStatements")).as("the list's, and the DataLoader's two")
                .isEqualTo(3);
        List<Object> asLoaded = JsonPath.read(loaded, "$.data." + root + ".nodes[*].relations");
        assertThat(asLoaded).isNotEmpty();
        assertThat((List<Object>) JsonPath.read(primed, "$.data." + root + ".nodes[*].relations")).isEqualTo(asLoaded);
        assertThat((List<Object>) JsonPath.read(primed, "$.data." + root + ".nodes[*].id"))
                .isEqualTo(JsonPath.read(loaded, "$.data." + root + ".nodes[*].id"));
    }
}
