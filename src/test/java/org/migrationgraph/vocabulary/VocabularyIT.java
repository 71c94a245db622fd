package org.migrationgraph.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationgraph.testsupport.GraphQlErrors.expectError;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;

/** Arguments that name kinds, relation types, property keys or ids refuse what the graph does not know. */
class VocabularyIT extends GraphIntegrationTest {

    @Test
    void shouldRefuseAnUnknownRelationTypeNamingTheNearest() {
        var response = graphQl.document("{ neighborhood(id: \"org:iom\", relationTypes: [\"COORDINATE\"]) { nodes { id } } }").execute();
        expectError(response, "BAD_USER_INPUT", "Unknown relation type 'COORDINATE' in 'relationTypes'; did you mean COORDINATES? "
                + "The vocabulary query lists every valid one.");
        response.errors().satisfy(errors -> assertThat(errors.get(0).getExtensions())
                .containsEntry("argument", "relationTypes").containsEntry("value", "COORDINATE")
                .containsEntry("didYouMean", List.of("COORDINATES")));
    }

    @Test
    void shouldRefuseAnUnknownKindInSearch() {
        expectError(graphQl.document("{ search(query: \"Phil\", kinds: [\"Memberstate\"]) { edges { node { id } } } }").execute(),
                "BAD_USER_INPUT", "Unknown kind 'Memberstate' in 'kinds'; did you mean MemberState? The vocabulary query lists every valid one.");
        expectError(graphQl.document("{ search(query: \"Phil\", kinds: [\"Spaceship\"]) { edges { node { id } } } }").execute(),
                "BAD_USER_INPUT", "Unknown kind 'Spaceship' in 'kinds'; the vocabulary query lists every valid one.");
    }

    @Test
    void shouldRefuseAnUnknownTypeInAnEntitysRelations() {
        expectError(graphQl.document("{ entity(id: \"state:PHL\") { relations(types: [\"TOOK_FLOOR_AT\"]) { totalCount } } }").execute(),
                "BAD_USER_INPUT", "Unknown relation type 'TOOK_FLOOR_AT' in 'types'; did you mean TOOK_THE_FLOOR_AT? "
                        + "The vocabulary query lists every valid one.");
    }

    @Test
    void shouldRefuseAnUnknownKindInTheNetworkAndTheTimelineAndAList() {
        for (String query : List.of("{ network(kinds: [\"Organisation\"]) { truncated } }",
                "{ timeline(kinds: [\"Organisation\"]) { date } }",
                "{ entities(kind: \"Organisation\") { totalCount } }")) {
            var response = graphQl.document(query).execute();
            response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                assertThat(e.getMessage()).startsWith("Unknown kind 'Organisation'").contains("did you mean Organization?");
            }));
        }
    }

    @Test
    void shouldRefuseAnUnknownPathTypeSentAsAVariable() {
        expectError(graphQl.document("query($t: [String!]) { shortestPath(from: \"state:PHL\", to: \"org:iom\", relationTypes: $t) { length } }")
                        .variable("t", List.of("MEMBER_OF", "partof")).execute(),
                "BAD_USER_INPUT", "Unknown relation type 'partof' in 'relationTypes'; did you mean PART_OF? The vocabulary query lists every valid one.");
    }

    @Test
    void shouldRefuseUnknownNamesAndIdsInsideWhereSayingWhere() {
        expectError(graphQl.documentName("memberStates").variable("where", Map.of("property", Map.of("key", "iso", "eq", "PHL"))).execute(),
                "BAD_USER_INPUT", "Unknown property key 'iso' in 'where.property.key'; did you mean iso2 or iso3? "
                        + "The vocabulary query lists every valid one.");
        expectError(graphQl.documentName("memberStates").variable("where", Map.of("OR", List.of(Map.of("name", Map.of("eq", "x")),
                        Map.of("related", Map.of("type", "TOOK_THE_FLOR_AT"))))).execute(),
                "BAD_USER_INPUT", "Unknown relation type 'TOOK_THE_FLOR_AT' in 'where.OR[1].related.type'; did you mean TOOK_THE_FLOOR_AT? "
                        + "The vocabulary query lists every valid one.");
        expectError(graphQl.documentName("memberStates").variable("where", Map.of("inRegion", "region:m49-41")).execute(),
                "BAD_USER_INPUT", "Unknown entity id 'region:m49-41' in 'where.inRegion'; did you mean region:m49-419, region:m49-011 "
                        + "or region:m49-013? Search finds ids by name.");
        expectError(graphQl.documentName("entities").variable("where", Map.of("kind", Map.of("in", List.of("Meeting", "Meetings")))).execute(),
                "BAD_USER_INPUT", "Unknown kind 'Meetings' in 'where.kind'; did you mean Meeting? The vocabulary query lists every valid one.");
    }

    @Test
    void shouldStillAnswerValidNames() {
        graphQl.document("{ neighborhood(id: \"org:iom\", relationTypes: [\"COORDINATES\"], kinds: [\"Organization\"]) { nodes { id } } }")
                .execute().path("neighborhood.nodes[*].id").entityList(String.class).contains("org:network");
    }

    @Test
    void shouldListTheVocabularyWithMeaningsAndCounts() {
        var response = graphQl.document("""
                { vocabulary { kinds { name description count } relationTypes { name description count } propertyKeys } }""").execute();
        response.path("vocabulary.kinds[?(@.name == 'MemberState')].count").entityList(Integer.class).containsExactly(193);
        response.path("vocabulary.kinds[?(@.name == 'SdgTarget')].count").entityList(Integer.class).containsExactly(10);
        response.path("vocabulary.kinds[?(@.name == 'MemberState')].description").entityList(String.class)
                .satisfies(d -> assertThat(d.get(0)).startsWith("A Member State of the United Nations"));
        // Declared with no relation of the type yet: still valid, counted as 0.
        response.path("vocabulary.relationTypes[?(@.name == 'COMPLEMENTS')].count").entityList(Integer.class).containsExactly(0);
        response.path("vocabulary.relationTypes[?(@.name == 'ENGAGES_WITH')].count").entityList(Integer.class).containsExactly(1);
        response.path("vocabulary.propertyKeys").entityList(String.class).contains("iso3", "statementType", "m49");
    }
}
