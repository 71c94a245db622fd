package org.migrationgraph.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationgraph.testsupport.GraphQlErrors.expectError;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.migrationgraph.testsupport.GraphQlOverHttp;
import org.springframework.boot.test.web.server.LocalServerPort;

class ListQueriesIT extends GraphIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void shouldListMemberStatesOfARegionThatTookTheFloorAtAMeeting() {
        graphQl.documentName("memberStates").variable("where", Map.of("AND", List.of(
                        Map.of("inRegion", "region:m49-419"),
                        Map.of("related", Map.of("type", "TOOK_THE_FLOOR_AT", "direction", "OUTGOING",
                                "id", "meeting:2019-12-12-member-state-briefing")))))
                .execute()
                .path("memberStates.totalCount").entity(Integer.class).isEqualTo(3)
                .path("memberStates.nodes[*].name").entityList(String.class).containsExactly("Ecuador", "Haiti", "Mexico");
    }

    @Test
    void shouldCombineOrAndNotWithTextOperators() {
        graphQl.documentName("memberStates").variable("where", Map.of(
                        "OR", List.of(Map.of("name", Map.of("startsWith", "united")), Map.of("property", Map.of("key", "iso3", "in", List.of("PHL", "THA")))),
                        "NOT", Map.of("name", Map.of("contains", "tanzania"))))
                .variable("first", 100).execute()
                .path("memberStates.nodes[*].id").entityList(String.class)
                .containsExactly("state:PHL", "state:THA", "state:ARE", "state:GBR", "state:USA");
    }

    @Test
    void shouldFilterMeetingsByDateRangeAndOrderThemNewestFirst() {
        graphQl.documentName("entities").variable("kind", "Meeting")
                .variable("where", Map.of("date", Map.of("from", "2019-12", "to", "2019-12")))
                .variable("orderBy", List.of(Map.of("field", "DATE", "direction", "DESC"))).execute()
                .path("entities.edges[*].node.id").entityList(String.class).containsExactly(
                        "meeting:2019-12-12-member-state-briefing", "meeting:2019-12-11-network-annual-meeting",
                        "meeting:2019-12-10-migration-mptf-steering-committee", "meeting:2019-12-10-un-regional-experts");
    }

    @Test
    void shouldFilterStatementsByAStoredProperty() {
        graphQl.documentName("entities").variable("kind", "Statement")
                .variable("where", Map.of("property", Map.of("key", "statementType", "eq", "request"))).execute()
                .path("entities.edges").entityList(Object.class).hasSize(3);
    }

    @Test
    void shouldPageThroughAllMemberStates() {
        var first = graphQl.documentName("memberStates").variable("first", 100).execute();
        first.path("memberStates.totalCount").entity(Integer.class).isEqualTo(193)
                .path("memberStates.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        String cursor = first.path("memberStates.pageInfo.endCursor").entity(String.class).get();
        graphQl.documentName("memberStates").variable("first", 100).variable("after", cursor).execute()
                .path("memberStates.nodes").entityList(Object.class).hasSize(93)
                .path("memberStates.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void shouldCountTotalOnlyWhenAskedFor() throws Exception {
        String without = GraphQlOverHttp.post(port, "{ memberStates(first: 5) { nodes { id } } }", Map.of("X-Query-Stats", "true"));
        String with = GraphQlOverHttp.post(port, "{ memberStates(first: 5) { totalCount nodes { id } } }", Map.of("X-Query-Stats", "true"));
        assertThat((Integer) JsonPath.read(without, "$.extensions.queryStats.cypherStatements")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(with, "$.extensions.queryStats.cypherStatements")).isEqualTo(2);
        String alone = GraphQlOverHttp.post(port, "{ memberStates(first: 5) { totalCount } }", Map.of("X-Query-Stats", "true"));
        assertThat((Integer) JsonPath.read(alone, "$.data.memberStates.totalCount")).isEqualTo(193);
        assertThat((Integer) JsonPath.read(alone, "$.extensions.queryStats.cypherStatements")).as("the count alone, no page").isEqualTo(1);
    }

    @Test
    void shouldRejectABadDateInAFilter() {
        expectError(graphQl.documentName("entities").variable("where", Map.of("date", Map.of("from", "December 2019"))).execute(),
                "BAD_USER_INPUT", "'date.from' is 'December 2019', not an ISO date; use YYYY, YYYY-MM or YYYY-MM-DD.");
    }

    @Test
    void shouldTreatFilterValuesAsDataNeverAsCypher() {
        graphQl.documentName("memberStates").variable("where", Map.of("property", Map.of("key", "iso3", "eq", "x' OR 1=1 //")))
                .execute()
                .path("memberStates.totalCount").entity(Integer.class).isEqualTo(0);
        // A key written as an injection attempt is not a property key the graph knows: refused, data intact.
        expectError(graphQl.documentName("memberStates").variable("where", Map.of("property", Map.of("key", "iso3) OR true //", "eq", "x")))
                .execute(), "BAD_USER_INPUT", "Unknown property key 'iso3) OR true //' in 'where.property.key'; did you mean iso3? "
                + "The vocabulary query lists every valid one.");
        assertThat(cypher("MATCH (n:MemberState) RETURN count(n) AS n").get(0)).containsEntry("n", 193L);
    }

    @Test
    void shouldListEveryKindWithoutAKindAndRefuseAnUnknownOrHostileKind() {
        graphQl.documentName("entities").variable("first", 100).execute()
                .path("entities.edges[*].node.kind").entityList(String.class)
                .satisfies(kinds -> assertThat(kinds).hasSize(100).contains("MemberState", "Organization", "Meeting"));
        for (String kind : List.of("NoSuchKind", "MemberState) DETACH DELETE n //", "`")) {
            graphQl.documentName("entities").variable("kind", kind).execute().errors().satisfy(errors ->
                    assertThat(errors).singleElement().satisfies(e -> {
                        assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                        assertThat(e.getMessage()).startsWith("Unknown kind '" + kind + "' in 'kind'");
                    }));
        }
        assertThat(cypher("MATCH (n:MemberState) RETURN count(n) AS n").get(0)).containsEntry("n", 193L);
    }
}
