package org.migrationgraph.validtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * asOf, during and undatedFacts on the seed's dated facts: the three questions, and each
 * query that answers with entities or relations bound in time.
 */
class ValidTimeIT extends GraphIntegrationTest {

    private static final String EXCOM_MEMBERS = """
            query($asOf: String, $undated: UndatedFacts) { entity(id: "org:network-excom") {
              relations(types: ["MEMBER_OF"], direction: INCOMING, asOf: $asOf, undatedFacts: $undated) {
                undatedFactsIncluded edges { node { id } } } } }""";

    private List<String> excomMembers(String asOf, String undated) {
        var vars = new java.util.HashMap<String, Object>();
        vars.put("asOf", asOf);
        vars.put("undated", undated);
        return graphQl.document(EXCOM_MEMBERS).variables(vars).execute()
                .path("entity.relations.edges[*].node.id").entityList(String.class).get();
    }

    /** The seed has the members as its 2019 sources list them (asOf 2019): they hold from then on. */
    @Test
    void whoSatOnTheExecutiveCommitteeAsOfTheFirstOf2021() {
        assertThat(excomMembers("2021-01-01", null)).containsExactlyInAnyOrder(
                "org:iom", "org:desa", "org:ilo", "org:ohchr", "org:undp", "org:unhcr", "org:unicef", "org:unodc");
        int undated = graphQl.document(EXCOM_MEMBERS).variable("asOf", "2021-01-01").execute()
                .path("entity.relations.undatedFactsIncluded").entity(Integer.class).get();
        assertThat(undated).isZero();
    }

    /** Before the sources observed them, the memberships are undated: in by default, counted, out on request. */
    @Test
    void beforeItsSourcesAFactIsUndatedCountedAndLeftOutOnRequest() {
        assertThat(graphQl.document(EXCOM_MEMBERS).variable("asOf", "2018-06").execute()
                .path("entity.relations.undatedFactsIncluded").entity(Integer.class).get()).isEqualTo(8);
        assertThat(excomMembers("2018-06", "EXCLUDE")).isEmpty();
        graphQl.document(EXCOM_MEMBERS).execute().path("entity.relations.undatedFactsIncluded").valueIsNull();
    }

    /** The dates of the first round: UNECE 2020-11, Arab 2021-02, Asia-Pacific 2021-03, LAC 2021-04, Africa 2021-08-31. */
    @Test
    void whichRegionalReviewsHadBeenHeldByJuly2021() {
        List<String> held = graphQl.document("""
                { entity(id: "initiative:gcm-regional-reviews-round-1") {
                    relations(types: ["MEETING_OF"], direction: INCOMING, asOf: "2021-07") { edges { node { id } } } } }""")
                .execute().path("entity.relations.edges[*].node.id").entityList(String.class).get();
        assertThat(held).containsExactlyInAnyOrder("meeting:2020-11-12-unece-regional-review", "meeting:2021-02-24-arab-regional-review",
                "meeting:2021-03-10-asia-pacific-regional-review", "meeting:2021-04-26-lac-regional-review");
    }

    /** Scheduled by then (scheduledAsOf) and still to come: the IMRF, the Fund's next Steering Committee, the first round. */
    @Test
    void whatWasPlannedAsOfTheFirstOf2020() {
        List<Map<String, Object>> entries = graphQl.document("""
                { timeline(asOf: "2020-01-01", kinds: ["Meeting", "Initiative"]) { date status entity { id ... on Meeting { status } } } }""")
                .execute().path("timeline").entityList(Map.class).get().stream().map(m -> (Map<String, Object>) m).toList();
        List<String> planned = entries.stream().filter(e -> "planned".equals(e.get("status")))
                .map(e -> (String) ((Map<?, ?>) e.get("entity")).get("id")).toList();
        assertThat(planned).containsExactlyInAnyOrder("meeting:2022-05-17-imrf", "meeting:2020-04-02-migration-mptf-steering-committee",
                "initiative:gcm-regional-reviews-round-1");
        assertThat(entries).allMatch(e -> "planned".equals(e.get("status")) || ((String) e.get("date")).compareTo("2020-01-02") < 0);
        Map<?, ?> imrf = entries.stream().map(e -> (Map<?, ?>) e.get("entity")).filter(e -> e.get("id").equals("meeting:2022-05-17-imrf"))
                .findFirst().orElseThrow();
        assertThat(imrf.get("status")).as("the entity as it stood then, too").isEqualTo("planned");
    }

    @Test
    void listsHoldOnlyWhatExistedThenAndCountWhatCarriesNoDate() {
        Map<String, Object> documents = graphQl.document("""
                { documents(asOf: "2020-06") { undatedFactsIncluded nodes { id } } }""").execute().path("documents").entity(Map.class).get();
        assertThat((List<Map<String, Object>>) documents.get("nodes")).extracting(n -> n.get("id")).containsExactly("doc:network-briefing-2019-12-12");
        assertThat(documents.get("undatedFactsIncluded")).isEqualTo(0);
        int states = graphQl.document("{ memberStates(asOf: \"2020\", first: 100) { undatedFactsIncluded } }").execute()
                .path("memberStates.undatedFactsIncluded").entity(Integer.class).get();
        assertThat(states).as("Member States carry no date: included, and counted").isEqualTo(100);
        graphQl.document("{ memberStates(asOf: \"2020\", undatedFacts: EXCLUDE) { nodes { id } } }").execute()
                .path("memberStates.nodes").entityList(Object.class).hasSize(0);
    }

    @Test
    void theNeighbourhoodAndTheNetworkAsOfADateLeaveOutWhatCameLater() {
        List<String> now = neighbours(null);
        List<String> in2019 = neighbours("2019-06");
        assertThat(now).contains("meeting:2020-12-16-network-annual-meeting");
        assertThat(in2019).isNotEmpty().doesNotContain("meeting:2020-12-16-network-annual-meeting", "doc:dsg-remarks-2020-12-16");
        assertThat(now).containsAll(in2019);

        Map<String, Object> network = graphQl.document("""
                { network(kinds: ["Meeting"], during: {from: "2021", to: "2021"}) { undatedFactsIncluded nodes { id ... on Meeting { date status } } } }""")
                .execute().path("network").entity(Map.class).get();
        List<Map<String, Object>> meetings = (List<Map<String, Object>>) network.get("nodes");
        assertThat(meetings).isNotEmpty().allMatch(m -> ((String) m.get("date")).compareTo("2022") < 0 || "planned".equals(m.get("status")));
        assertThat(meetings).extracting(m -> m.get("id")).contains("meeting:2022-05-17-imrf", "meeting:2021-08-31-africa-regional-review");
    }

    private List<String> neighbours(String asOf) {
        return graphQl.document("query($asOf: String) { neighborhood(id: \"org:network\", asOf: $asOf, limit: 500) { nodes { id } } }")
                .variable("asOf", asOf).execute().path("neighborhood.nodes[*].id").entityList(String.class).get();
    }

    /** The DSG spoke in December 2020: before that, no path runs through her remarks. */
    @Test
    void aPathAsOfADateUsesOnlyWhatHeldThen() {
        String query = """
                query($asOf: String) { shortestPath(from: "person:deputy-secretary-general", to: "meeting:2020-12-16-network-annual-meeting",
                  maxHops: 1, asOf: $asOf) { length undatedFactsIncluded } }""";
        graphQl.document(query).variable("asOf", "2021").execute().path("shortestPath.length").entity(Integer.class).isEqualTo(1);
        graphQl.document(query).variable("asOf", "2020-06").execute().path("shortestPath").valueIsNull();
    }

    @Test
    void statsAsOfADateCountLessThanNowAndSayHowManyUndatedFactsTheyCounted() {
        Map<String, Object> now = graphQl.document("{ stats { entities relations undatedFactsIncluded } }").execute().path("stats").entity(Map.class).get();
        Map<String, Object> then = graphQl.document("{ stats(asOf: \"2019-12-31\") { entities relations undatedFactsIncluded mostConnected(limit: 1) { degree } } }")
                .execute().path("stats").entity(Map.class).get();
        assertThat(now.get("undatedFactsIncluded")).isNull();
        assertThat((Integer) then.get("entities")).isLessThan((Integer) now.get("entities"));
        assertThat((Integer) then.get("relations")).isLessThan((Integer) now.get("relations"));
        assertThat((Integer) then.get("undatedFactsIncluded")).isPositive();
        Map<String, Object> dated = graphQl.document("{ stats(asOf: \"2019-12-31\", undatedFacts: EXCLUDE) { entities relations undatedFactsIncluded } }")
                .execute().path("stats").entity(Map.class).get();
        assertThat((Integer) dated.get("entities")).isLessThan((Integer) then.get("entities"));
        assertThat(dated.get("undatedFactsIncluded")).isEqualTo(0);
    }

    @Test
    void aWindowThatCannotBeReadIsRefusedWithACode() {
        graphQl.document("{ stats(asOf: \"2020-02-30\") { entities } }").execute().errors()
                .expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code")) && e.getMessage().contains("asOf")).verify();
        graphQl.document("{ network(asOf: \"2020\", during: {from: \"2019\"}) { truncated } }").execute().errors()
                .expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code")) && e.getMessage().contains("send one")).verify();
    }

    @LocalServerPort
    int port;

    private java.net.http.HttpResponse<String> get(String pathAndQuery) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + pathAndQuery)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anExportAsOfADateHoldsWhatHeldThenAndSaysHowManyUndatedFactsItHolds() throws Exception {
        var all = get("/export/edges.csv");
        var then = get("/export/edges.csv?asOf=2019-06");
        var dated = get("/export/edges.csv?asOf=2019-06&undatedFacts=EXCLUDE");

        assertThat(then.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Undated-Facts-Included")).isEmpty();
        assertThat(Integer.parseInt(then.headers().firstValue("Undated-Facts-Included").orElseThrow())).isPositive();
        assertThat(dated.headers().firstValue("Undated-Facts-Included")).contains("0");
        long allLines = all.body().lines().count();
        long thenLines = then.body().lines().count();
        assertThat(thenLines).isLessThan(allLines).isGreaterThan(dated.body().lines().count());
        assertThat(then.body()).doesNotContain("statement:2020-12-16", "meeting:2020-12-16").contains("org:iom-PART_OF->org:un-system");
        assertThat(then.headers().firstValue("ETag")).isNotEqualTo(all.headers().firstValue("ETag"));
        var nodes = get("/export/nodes.csv?asOf=2020-01-01&kind=Meeting");
        assertThat(nodes.body().lines().filter(l -> l.startsWith("meeting:2022-05-17-imrf")).findFirst().orElseThrow()).contains("planned");
        var bad = get("/export/edges.csv?asOf=June");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("BAD_USER_INPUT", "asOf");
    }
}
