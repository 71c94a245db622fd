package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationgraph.testsupport.GraphQlErrors.expectError;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationgraph.testsupport.GraphIntegrationTest;

/** The graph questions through real HTTP. */
class GraphQueriesIT extends GraphIntegrationTest {

    @Test
    void shouldReturnANeighbourhoodReadyToDraw() {
        var response = graphQl.documentName("neighborhood").variable("id", "state:PHL").variable("depth", 1).execute();
        response.path("neighborhood.nodes[0].id").entity(String.class).isEqualTo("state:PHL")
                .path("neighborhood.nodes[*].id").entityList(String.class).contains("org:un", "region:m49-035",
                        "meeting:2019-12-12-member-state-briefing", "meeting:2021-03-10-asia-pacific-regional-review")
                .path("neighborhood.truncated").entity(Boolean.class).isEqualTo(false);
        List<String> nodeIds = response.path("neighborhood.nodes[*].id").entityList(String.class).get();
        response.path("neighborhood.edges").entityList(Object.class).hasSizeGreaterThan(3);
        response.path("neighborhood.edges[*].source").entityList(String.class).satisfies(s -> assertThat(nodeIds).containsAll(s));
        response.path("neighborhood.edges[*].target").entityList(String.class).satisfies(t -> assertThat(nodeIds).containsAll(t));
    }

    /**
     * The statement names an edge's ends by element id and the service puts the entity ids back
     * (GraphRows.edgesAmong): every relation among the members, and only those, with the ids of
     * its two ends, as a plain statement over the members' ids finds them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "neighborhood(id: \"org:network\", depth: 2, limit: 200)",
            "neighborhood(id: \"state:PHL\", depth: 1)",
            "network(kinds: [\"Organization\", \"Initiative\", \"Framework\"], limit: 1000)"})
    void shouldNameEachEdgeByTheIdsOfTheEntitiesItJoins(String field) {
        var response = graphQl.document("{ subgraph: " + field + " { nodes { id } edges { id type source target } } }").execute();
        List<String> ids = response.path("subgraph.nodes[*].id").entityList(String.class).get();
        List<String> edges = response.path("subgraph.edges").entityList(Map.class).get().stream()
                .map(e -> e.get("source") + " " + e.get("type") + " " + e.get("target") + " " + e.get("id")).sorted().toList();
        List<String> among = cypher("""
                MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids
                RETURN a.id + ' ' + type(r) + ' ' + b.id + ' ' + r.id AS edge""", Map.of("ids", ids))
                .stream().map(row -> (String) row.get("edge")).sorted().toList();
        assertThat(edges).isNotEmpty().isEqualTo(among);
    }

    @Test
    void shouldLimitAndFilterANeighbourhood() {
        graphQl.documentName("neighborhood").variable("id", "org:un").variable("depth", 1).variable("limit", 10).execute()
                .path("neighborhood.nodes").entityList(Object.class).hasSize(11)
                .path("neighborhood.truncated").entity(Boolean.class).isEqualTo(true);
        graphQl.documentName("neighborhood").variable("id", "state:PHL").variable("depth", 2).variable("kinds", List.of("MemberState"))
                .variable("relationTypes", List.of("TOOK_THE_FLOOR_AT")).execute()
                .path("neighborhood.nodes[*].id").entityList(String.class).satisfies(ids -> assertThat(ids)
                        .contains("state:DEU", "state:GBR").doesNotContain("org:un", "person:special-rapporteur-migrants").hasSize(9));
    }

    @Test
    void shouldAnswerNullForTheNeighbourhoodOfAnUnknownIdAndRefuseTooDeep() {
        graphQl.documentName("neighborhood").variable("id", "nope:x").execute().path("neighborhood").valueIsNull();
        expectError(graphQl.documentName("neighborhood").variable("id", "state:PHL").variable("depth", 4).execute(),
                "BAD_USER_INPUT", "'depth' must be between 1 and 3; it was 4.");
    }

    @Test
    void shouldFindAShortestPathWithACitationOnEveryHop() {
        graphQl.documentName("shortestPath").variable("from", "state:PHL").variable("to", "framework:gcm").execute()
                .path("shortestPath.length").entity(Integer.class).isEqualTo(3)
                .path("shortestPath.nodes[0].id").entity(String.class).isEqualTo("state:PHL")
                .path("shortestPath.nodes[3].id").entity(String.class).isEqualTo("framework:gcm")
                .path("shortestPath.edges").entityList(Object.class).hasSize(3)
                .path("shortestPath.edges[*].citations").entityList(List.class).satisfies(hops ->
                        assertThat(hops).allSatisfy(citations -> assertThat(citations).isNotEmpty()));
    }

    @Test
    void shouldRespectMaxHopsAndRelationTypes() {
        graphQl.documentName("shortestPath").variable("from", "state:PHL").variable("to", "framework:gcm").variable("maxHops", 2).execute()
                .path("shortestPath").valueIsNull();
        graphQl.documentName("shortestPath").variable("from", "state:PHL").variable("to", "state:DEU")
                .variable("relationTypes", List.of("TOOK_THE_FLOOR_AT")).execute()
                .path("shortestPath.nodes[1].id").entity(String.class).isEqualTo("meeting:2019-12-12-member-state-briefing");
    }

    @Test
    void shouldListAllShortestPaths() {
        graphQl.documentName("allShortestPaths").variable("from", "state:PHL").variable("to", "state:THA").execute()
                .path("allShortestPaths[*].length").entityList(Integer.class).satisfies(l -> assertThat(l).hasSizeGreaterThan(1).containsOnly(2));
    }

    @Test
    void shouldGiveTypedErrorsForBadPathArguments() {
        expectError(graphQl.documentName("shortestPath").variable("from", "state:PHL").variable("to", "nope:x").execute(),
                "NOT_FOUND", "No entity has the id 'nope:x'; search finds ids by name.");
        expectError(graphQl.documentName("shortestPath").variable("from", "state:PHL").variable("to", "state:PHL").execute(),
                "BAD_USER_INPUT", "'from' and 'to' are both 'state:PHL'; a path needs two different entities.");
        expectError(graphQl.documentName("shortestPath").variable("from", "state:PHL").variable("to", "state:DEU").variable("maxHops", 7).execute(),
                "BAD_USER_INPUT", "'maxHops' must be between 1 and 6; it was 7.");
    }

    @Test
    void shouldOrderTheTimelineAndTellHeldFromPlanned() {
        graphQl.documentName("timeline").variable("from", "2019-12").variable("to", "2020-12").execute()
                .path("timeline[*].entity.id").entityList(String.class).containsExactly(
                        "meeting:2019-12-10-migration-mptf-steering-committee", "meeting:2019-12-10-un-regional-experts",
                        "meeting:2019-12-11-network-annual-meeting", "meeting:2019-12-12-member-state-briefing",
                        "meeting:2020-04-02-migration-mptf-steering-committee", "meeting:2020-11-12-unece-regional-review",
                        "event:2020-12-venezuela-migrant-deaths", "meeting:2020-12-16-network-annual-meeting")
                .path("timeline[4].status").entity(String.class).isEqualTo("planned")
                .path("timeline[3].status").entity(String.class).isEqualTo("held");
    }

    @Test
    void shouldGiveTheTimelinesDatesEachOnceInOrderWithoutTheEntries() {
        String kinds = "kinds: [\"Meeting\", \"Event\", \"Initiative\"]";
        List<String> entryDates = graphQl.document("{ timeline(" + kinds + ") { date } }").execute()
                .path("timeline[*].date").entityList(String.class).get();
        List<String> dates = graphQl.document("{ timelineDates(" + kinds + ") }").execute()
                .path("timelineDates").entityList(String.class).get();
        assertThat(dates).isEqualTo(entryDates.stream().distinct().sorted().toList()).hasSizeGreaterThan(10);
        assertThat(entryDates).as("the seed has days with more than one entry").hasSizeGreaterThan(dates.size());
        List<String> meetingsAndEvents = graphQl.document("{ timeline { date } }").execute().path("timeline[*].date").entityList(String.class).get();
        graphQl.document("{ timelineDates }").execute().path("timelineDates").entityList(String.class)
                .isEqualTo(meetingsAndEvents.stream().distinct().sorted().toList());
        graphQl.document("{ timelineDates(kinds: [\"Meting\"]) }").execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT"))
                .satisfies(e -> assertThat(e.getMessage()).contains("'Meting'")));
    }

    @Test
    void shouldRejectATimelineBoundThatIsNotAnIsoDate() {
        expectError(graphQl.documentName("timeline").variable("from", "13/12/2019").execute(),
                "BAD_USER_INPUT", "'from' is '13/12/2019', not an ISO date; use YYYY, YYYY-MM or YYYY-MM-DD.");
    }

    @Test
    void shouldDrawTheCoordinationNetworkOfChosenKinds() {
        var response = graphQl.documentName("network").variable("kinds", List.of("Organization", "Initiative", "Framework")).execute();
        response.path("network.nodes[*].kind").entityList(String.class).satisfies(k -> assertThat(k).containsOnly("Organization", "Initiative", "Framework"));
        response.path("network.edges[*].type").entityList(String.class).contains("COORDINATES", "SUPPORTS", "PART_OF");
    }

    @Test
    void shouldCountByKindAndRelationTypeAndRankTheMostConnected() {
        graphQl.documentName("stats").variable("limit", 3).execute()
                .path("stats.byKind[0].key").entity(String.class).isEqualTo("MemberState")
                .path("stats.byKind[0].count").entity(Integer.class).isEqualTo(193)
                .path("stats.mostConnected[0].entity.id").entity(String.class).isEqualTo("org:un")
                .path("stats.mostConnected").entityList(Object.class).hasSize(3)
                .path("stats.entities").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThan(400));
    }

    /**
     * Asked for nodes alone, a subgraph looks for no edges (GraphController.edgesAsked): the
     * entities and the cut must be exactly those of the same question asked with its edges.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "neighborhood(id: \"state:PHL\", depth: 2)",
            "neighborhood(id: \"org:un\", depth: 1, limit: 10)",
            "neighborhood(id: \"framework:gcm\", depth: 3, kinds: [\"MemberState\", \"Organization\"], limit: 40)",
            "neighborhood(id: \"state:PHL\", depth: 2, relationTypes: [\"TOOK_THE_FLOOR_AT\"], asOf: \"2020-01-01\")",
            "network(limit: 300)",
            "network(kinds: [\"MemberState\", \"Framework\"], asOf: \"2019-01-01\", limit: 50)"})
    void shouldGiveTheSameEntitiesWhetherOrNotTheEdgesAreAskedFor(String field) {
        String nodes = "nodes { id name kind aliases } truncated";
        var alone = graphQl.document("{ subgraph: " + field + " { " + nodes + " } }").execute();
        var withEdges = graphQl.document("{ subgraph: " + field + " { " + nodes + " edges { id } } }").execute();

        List<String> ids = withEdges.path("subgraph.nodes[*].id").entityList(String.class).get();
        assertThat(ids).hasSizeGreaterThan(1);
        withEdges.path("subgraph.edges").entityList(Object.class).hasSizeGreaterThan(0);
        assertThat(alone.path("subgraph.nodes").entity(Object.class).get())
                .isEqualTo(withEdges.path("subgraph.nodes").entity(Object.class).get());
        assertThat(alone.path("subgraph.truncated").entity(Boolean.class).get())
                .isEqualTo(withEdges.path("subgraph.truncated").entity(Boolean.class).get());
    }

    @Test
    void shouldStillFindTheEdgesForMetricsAndUndatedCountsWhenTheEdgesThemselvesAreNotAskedFor() {
        String field = "neighborhood(id: \"state:PHL\", depth: 2, asOf: \"2020-01-01\")";
        var withEdges = graphQl.document("{ subgraph: " + field + " { edges { id } metrics { entity { id } degree } undatedFactsIncluded } }").execute();
        var without = graphQl.document("{ subgraph: " + field + " { metrics { entity { id } degree } undatedFactsIncluded } }").execute();

        withEdges.path("subgraph.metrics[0].degree").entity(Integer.class).satisfies(degree -> assertThat(degree).isPositive());
        assertThat(without.path("subgraph.metrics").entity(Object.class).get()).isEqualTo(withEdges.path("subgraph.metrics").entity(Object.class).get());
        assertThat(without.path("subgraph.undatedFactsIncluded").entity(Integer.class).get())
                .isEqualTo(withEdges.path("subgraph.undatedFactsIncluded").entity(Integer.class).get());
    }
}
