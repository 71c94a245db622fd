package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;

/**
 * Ten of the competency questions (seed.CompetencyQuestionsIT asks them in Cypher) asked the way a
 * researcher or a dashboard asks them: through the public GraphQL API, each answer with the
 * citation that states it.
 */
class CompetencyQuestionsOverGraphQlIT extends GraphIntegrationTest {

    private static Consumer<List<String>> inAnyOrder(String... ids) {
        return list -> assertThat(list).containsExactlyInAnyOrder(ids);
    }

    @Test
    void whichUnEntitiesSatOnTheNetworksExecutiveCommitteeIn2019() {
        var response = graphQl.document("""
                { entity(id: "org:network-excom") {
                    relations(types: ["MEMBER_OF"], direction: INCOMING, first: 20) {
                      edges { asOf node { id } citations { reference { id } } } } } }""").execute();
        response.path("entity.relations.edges[*].node.id").entityList(String.class).satisfies(inAnyOrder(
                "org:desa", "org:ilo", "org:iom", "org:ohchr", "org:undp", "org:unhcr", "org:unicef", "org:unodc"));
        response.path("entity.relations.edges[*].asOf").entityList(String.class).satisfies(d -> assertThat(d).containsOnly("2019"));
        response.path("entity.relations.edges[*].citations[0].reference.id").entityList(String.class)
                .satisfies(r -> assertThat(r).containsOnly("ref:network-excom-principals-2019"));
    }

    @Test
    void whichLatinAmericanAndCaribbeanMemberStatesTookTheFloorAndWhichQuoteSaysSo() {
        var response = graphQl.document("""
                { memberStates(where: { AND: [{ inRegion: "region:m49-419" },
                    { related: { type: "TOOK_THE_FLOOR_AT", direction: OUTGOING, id: "meeting:2019-12-12-member-state-briefing" } }] }) {
                    nodes { name relations(types: ["TOOK_THE_FLOOR_AT"]) { edges { citations { paragraph quote } } } } } }""").execute();
        response.path("memberStates.nodes[*].name").entityList(String.class).containsExactly("Ecuador", "Haiti", "Mexico");
        response.path("memberStates.nodes[*].relations.edges[0].citations[0].paragraph").entityList(Integer.class)
                .satisfies(p -> assertThat(p).containsOnly(8));
        response.path("memberStates.nodes[*].relations.edges[0].citations[0].quote").entityList(String.class)
                .satisfies(q -> assertThat(q).allMatch(text -> text.contains("took the floor")));
    }

    @Test
    void whatWasRequestedAtTheBriefingOfWhomAndByWhom() {
        var response = graphQl.document("""
                { statements(where: { property: { key: "statementType", eq: "request" } }) {
                    nodes { id relations(types: ["ADDRESSED_TO", "MADE"]) { edges { type direction node { id } } } } } }""").execute();
        response.path("statements.nodes[*].id").entityList(String.class).hasSize(3);
        response.path("statements.nodes").entityList(Map.class).satisfies(requests -> assertThat(requests).allSatisfy(request -> {
            List<?> edges = (List<?>) ((Map<?, ?>) request.get("relations")).get("edges");
            assertThat(edges).extracting(e -> ((Map<?, ?>) e).get("type") + " " + ((Map<?, ?>) ((Map<?, ?>) e).get("node")).get("id"))
                    // Addressed to the Coordinator and the Network; the summary names nobody who made them.
                    .containsExactlyInAnyOrder("ADDRESSED_TO person:antonio-vitorino", "ADDRESSED_TO org:network");
        }));
    }

    @Test
    void whoCoordinatesTheCollaborativeApproachAcrossTheUnSystem() {
        var response = graphQl.document("""
                { entity(id: "org:un-system") { relations(types: ["COORDINATES"], direction: INCOMING) {
                    edges { node { id } citations { paragraph quote document { id } } } } } }""").execute();
        response.path("entity.relations.edges[*].node.id").entityList(String.class).satisfies(inAnyOrder("org:iom", "org:network"));
        response.path("entity.relations.edges[*].citations[0].paragraph").entityList(Integer.class).satisfies(p -> assertThat(p).containsOnly(33));
        response.path("entity.relations.edges[*].citations[0].document.id").entityList(String.class)
                .satisfies(d -> assertThat(d).containsOnly("doc:dsg-remarks-2020-12-16"));
    }

    @Test
    void whichGcmObjectivesAndSdgTargetsTakeUpHumanTrafficking() {
        graphQl.document("""
                { entity(id: "topic:human-trafficking") { relations(types: ["ADDRESSES"], direction: INCOMING) {
                    edges { node { id } citations { detail } } } } }""").execute()
                .path("entity.relations.edges[*].node.id").entityList(String.class).satisfies(inAnyOrder(
                        "objective:gcm-10", "objective:sdg-target-5-2", "objective:sdg-target-8-7", "objective:sdg-target-16-2"));
    }

    @Test
    void whatConnectsThePhilippinesToTheGcmInThreeHopsWithACitationOnEveryHop() {
        var response = graphQl.document("""
                { shortestPath(from: "state:PHL", to: "framework:gcm", maxHops: 3) {
                    length edges { type citations { quote reference { id } } } } }""").execute();
        response.path("shortestPath.length").entity(Integer.class).satisfies(length -> assertThat(length).isBetween(1, 3));
        response.path("shortestPath.edges").entityList(Map.class).satisfies(edges -> assertThat(edges).allSatisfy(edge ->
                assertThat((List<?>) edge.get("citations")).isNotEmpty()));
    }

    @Test
    void whichFrameworksMustRecoveryStrategiesAlignWith() {
        var response = graphQl.document("""
                { entity(id: "topic:recovery") { relations(types: ["ALIGNED_WITH"]) {
                    edges { node { id } properties { key value } citations { paragraph } } } } }""").execute();
        response.path("entity.relations.edges[*].node.id").entityList(String.class)
                .satisfies(inAnyOrder("framework:2030-agenda", "framework:paris-agreement"));
        response.path("entity.relations.edges[*].properties[?(@.key == 'modality')].value").entityList(String.class)
                .satisfies(m -> assertThat(m).containsOnly("must"));
        response.path("entity.relations.edges[*].citations[0].paragraph").entityList(Integer.class).satisfies(p -> assertThat(p).containsOnly(21));
    }

    @Test
    void whichParagraphsOfWhichDocumentsMentionIom() {
        graphQl.documentName("mentionedIn").variable("id", "org:iom").execute()
                .path("entity.mentionedIn[*].id").entityList(String.class).satisfies(inAnyOrder(
                        "doc:dsg-remarks-2020-12-16#33", "doc:network-briefing-2019-12-12#3"));
    }

    @Test
    void whoChairedTheAsiaPacificRegionalReviewAndWhoHostedTheAfricanOne() {
        var response = graphQl.document("""
                { asia: entity(id: "meeting:2021-03-10-asia-pacific-regional-review") {
                    relations(types: ["CHAIRS"], direction: INCOMING) { edges { node { id } citations { detail } } } }
                  africa: entity(id: "meeting:2021-08-31-africa-regional-review") {
                    relations(types: ["HOSTED"], direction: INCOMING) { edges { node { id } citations { detail } } } } }""").execute();
        response.path("asia.relations.edges[*].node.id").entityList(String.class).containsExactly("state:PHL");
        response.path("africa.relations.edges[*].node.id").entityList(String.class).containsExactly("state:MAR");
        response.path("africa.relations.edges[0].citations[0].detail").entity(String.class).isEqualTo("virtual, hosted by the Kingdom of Morocco");
    }

    @Test
    void didTheUkTakeTheFloorAtTheBriefingFoundByItsAbbreviation() {
        String id = graphQl.document("{ search(query: \"UK\", first: 1) { edges { node { id } } } }").execute()
                .path("search.edges[0].node.id").entity(String.class).get();
        assertThat(id).isEqualTo("state:GBR");
        graphQl.document("""
                query($id: ID!) { entity(id: $id) { relations(types: ["TOOK_THE_FLOOR_AT"]) { edges { node { id } citations { paragraph quote } } } } }""")
                .variable("id", id).execute()
                .path("entity.relations.edges[0].node.id").entity(String.class).isEqualTo("meeting:2019-12-12-member-state-briefing")
                .path("entity.relations.edges[0].citations[0].quote").entity(String.class).satisfies(q -> assertThat(q).contains("UK"));
    }
}
