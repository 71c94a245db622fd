package org.migrationgraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;

import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.migrationgraph.testsupport.GraphQlOverHttp;
import org.springframework.boot.test.web.server.LocalServerPort;

class SearchIT extends GraphIntegrationTest {

    @LocalServerPort
    int port;

    private List<String> ids(String query) {
        return graphQl.documentName("search").variable("query", query).execute()
                .path("search.edges[*].node.id").entityList(String.class).get();
    }

    @Test
    void shouldFindByPrefix() {
        assertThat(ids("Phil")).first().isEqualTo("state:PHL");
    }

    @Test
    void shouldIgnoreCase() {
        assertThat(ids("PHILIPPINES")).first().isEqualTo("state:PHL");
    }

    @Test
    void shouldFindByAbbreviationHeldAsAlias() {
        assertThat(ids("UK")).first().isEqualTo("state:GBR");
    }

    @Test
    void shouldFindFullNamesThatContainStopWords() {
        assertThat(ids("United Kingdom of Great Britain and the Northern Ireland")).first().isEqualTo("state:GBR");
    }

    @Test
    void shouldFoldAccentsBothWays() {
        assertThat(ids("Cote d'Ivoire")).first().isEqualTo("state:CIV");
        assertThat(ids("côte")).first().isEqualTo("state:CIV");
        assertThat(ids("Ivoire")).first().isEqualTo("state:CIV");
    }

    @Test
    void shouldRankAndFilterByKind() {
        graphQl.documentName("search").variable("query", "Network").variable("kinds", List.of("Document")).execute()
                .path("search.edges[*].node.kind").entityList(String.class).satisfies(kinds ->
                        assertThat(kinds).isNotEmpty().containsOnly("Document"));
    }

    @Test
    void shouldPageWithCursors() {
        var all = graphQl.documentName("search").variable("query", "Network").variable("first", 100).execute()
                .path("search.edges[*].node.id").entityList(String.class).get();
        assertThat(all).hasSizeGreaterThan(1);
        var firstPage = graphQl.documentName("search").variable("query", "Network").variable("first", 1).execute();
        firstPage.path("search.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        String cursor = firstPage.path("search.pageInfo.endCursor").entity(String.class).get();
        graphQl.documentName("search").variable("query", "Network").variable("first", 1).variable("after", cursor).execute()
                .path("search.edges[0].node.id").entity(String.class).isEqualTo(all.get(1))
                .path("search.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void shouldRankNamesAboveDescriptions() {
        // The delegates' group mentions "the Philippines" in its description; the State is named so.
        assertThat(ids("Philippines")).first().isEqualTo("state:PHL");
    }

    @Test
    void shouldNotTakeAWordOfTheGraphForATypoOfAnother() {
        // "australia" is two edits from "austria"; the graph holds it as typed, so it is no typo.
        assertThat(ids("Australia")).first().isEqualTo("state:AUS");
        assertThat(ids("Australia")).doesNotContain("state:AUT");
    }

    @Test
    void shouldForgiveTwoTyposInALongWordTheGraphDoesNotHold() {
        assertThat(ids("Phillipines")).first().isEqualTo("state:PHL");
    }

    @Test
    void shouldFindAWordsKinAfterTheEntitiesThatHoldItAsTyped() {
        // "coordinator" is no typo of "coordination" but its kin; the Coordinator's own statements come first.
        List<String> ids = ids("coordinator");
        assertThat(ids).contains("initiative:regional-coordination-mechanisms");
        assertThat(ids.indexOf("statement:2019-12-12-coordinator-commitment"))
                .isLessThan(ids.indexOf("initiative:regional-coordination-mechanisms"));
        assertThat(ids("inclusive")).contains("topic:inclusion");
    }

    @Test
    void shouldFindEachConceptOfATwoConceptQuery() {
        assertThat(ids("human trafficking in the Sahel").subList(0, 3)).contains("region:sahel", "topic:human-trafficking");
    }

    @Test
    void shouldFindAStatementByASentenceOfItsQuote() {
        assertThat(ids("urge donors to sustain their engagement")).first().isEqualTo("statement:2020-12-16-call-donors");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldSayWhenNothingMatchesAndNameTheNearest() throws Exception {
        String body = GraphQlOverHttp.post(port,
                "{ search(query: \"Vnzuela\") { edges { node { id } } } }", Map.of());
        assertThat((List<?>) JsonPath.read(body, "$.data.search.edges")).isEmpty();
        assertThat((List<String>) JsonPath.read(body, "$.extensions.noMatches[0].path")).containsExactly("search");
        assertThat((String) JsonPath.read(body, "$.extensions.noMatches[0].message"))
                .isEqualTo("Nothing matches 'Vnzuela'; the nearest names are in didYouMean.");
        assertThat((List<String>) JsonPath.read(body, "$.extensions.noMatches[0].didYouMean[*].id")).contains("state:VEN");
    }

    @Test
    void shouldNotReportNoMatchesWhenSomethingMatched() throws Exception {
        String body = GraphQlOverHttp.post(port, "{ search(query: \"Venezuela\") { edges { node { id } } } }",
                Map.of());
        assertThat(body).doesNotContain("noMatches");
    }

    @Test
    void shouldRejectAQueryWithNothingToSearch() {
        expectBadInput(graphQl.documentName("search").variable("query", " ** ").execute(),
                "'query' holds no letters or digits to search for; type part of a name, e.g. \"Phil\".");
    }

    @Test
    void shouldRejectAPageSizeOutOfRange() {
        expectBadInput(graphQl.documentName("search").variable("query", "Phil").variable("first", 0).execute(),
                "'first' must be between 1 and 100; it was 0.");
    }

    @Test
    void shouldRejectACursorItDidNotIssue() {
        expectBadInput(graphQl.documentName("search").variable("query", "Phil").variable("after", "bm9wZQ").execute(),
                "'after' is not a cursor this API issued: pass a pageInfo.endCursor or edge cursor unchanged.");
    }

    private static void expectBadInput(org.springframework.graphql.test.tester.GraphQlTester.Response response, String message) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.getMessage()).isEqualTo(message);
            assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
        }));
    }
}
