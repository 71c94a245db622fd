package org.migrationgraph.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationgraph.testsupport.GraphQlErrors.expectError;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;

class RelationsIT extends GraphIntegrationTest {

    private static final String BRIEFING = "meeting:2019-12-12-member-state-briefing";

    @Test
    void shouldListAnEntitysRelationsWithTheOtherEndAndCitations() {
        graphQl.documentName("relations").variable("id", "state:PHL").variable("types", List.of("TOOK_THE_FLOOR_AT")).execute()
                .path("entity.relations.totalCount").entity(Integer.class).isEqualTo(1)
                .path("entity.relations.edges[0].direction").entity(String.class).isEqualTo("OUTGOING")
                .path("entity.relations.edges[0].node.id").entity(String.class).isEqualTo(BRIEFING)
                .path("entity.relations.edges[0].citations[0].paragraph").entity(Integer.class).isEqualTo(8)
                .path("entity.relations.edges[0].citations[0].document.id").entity(String.class).isEqualTo("doc:network-briefing-2019-12-12")
                .path("entity.relations.edges[0].citations[0].quote").entity(String.class).satisfies(q -> assertThat(q).contains("Philippines"));
    }

    @Test
    void shouldFilterByDirectionAndTheKindAtTheOtherEnd() {
        graphQl.documentName("relations").variable("id", BRIEFING).variable("types", List.of("TOOK_THE_FLOOR_AT"))
                .variable("direction", "INCOMING").variable("kinds", List.of("MemberState")).variable("first", 100).execute()
                .path("entity.relations.totalCount").entity(Integer.class).isEqualTo(9)
                .path("entity.relations.edges[*].node.kind").entityList(String.class).satisfies(k -> assertThat(k).containsOnly("MemberState"));
        graphQl.documentName("relations").variable("id", BRIEFING).variable("types", List.of("TOOK_THE_FLOOR_AT"))
                .variable("direction", "OUTGOING").execute()
                .path("entity.relations.totalCount").entity(Integer.class).isEqualTo(0);
    }

    /** A dashboard's degree column: totalCount alone, which reads no page, is the count the page's own question gives. */
    @Test
    void shouldCountTheSameWhetherOrNotThePageIsAskedFor() {
        String query = """
                { memberStates(first: 40) { edges { node { id
                    all: relations { totalCount %1$s }
                    ofAKind: relations(kinds: ["Meeting"], direction: OUTGOING) { totalCount %1$s }
                    asOf: relations(asOf: "2019-01-01") { totalCount %1$s } } } } }""";
        var alone = graphQl.document(query.formatted("")).execute();
        var paged = graphQl.document(query.formatted("edges { cursor }")).execute();

        for (String field : List.of("all", "ofAKind", "asOf")) {
            String totals = "memberStates.edges[*].node." + field + ".totalCount";
            List<Integer> counted = paged.path(totals).entityList(Integer.class).get();
            assertThat(alone.path(totals).entityList(Integer.class).get()).as(field).hasSize(40).isEqualTo(counted);
            assertThat(counted).as(field + ": some state has such relations").anyMatch(total -> total > 0);
        }
    }

    @Test
    void shouldExposeRelationshipPropertiesTypedAndAsAList() {
        graphQl.documentName("relations").variable("id", "org:network").variable("types", List.of("ATTENDED")).execute()
                .path("entity.relations.edges[0].count").entity(Integer.class).isEqualTo(22)
                .path("entity.relations.edges[0].properties[*].key").entityList(String.class).contains("as", "count");
        graphQl.documentName("relations").variable("id", "person:antonio-vitorino").variable("types", List.of("HOLDS_POSITION")).execute()
                .path("entity.relations.edges[*].role").entityList(String.class).containsExactly("Director General", "Coordinator");
    }

    @Test
    void shouldPageThroughRelationsWithCursors() {
        var all = graphQl.documentName("relations").variable("id", "org:network").variable("first", 100).execute()
                .path("entity.relations.edges[*].id").entityList(String.class).get();
        var page = graphQl.documentName("relations").variable("id", "org:network").variable("first", 5).execute();
        page.path("entity.relations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        String cursor = page.path("entity.relations.pageInfo.endCursor").entity(String.class).get();
        graphQl.documentName("relations").variable("id", "org:network").variable("first", 5).variable("after", cursor).execute()
                .path("entity.relations.edges[*].id").entityList(String.class).isEqualTo(all.subList(5, 10));
    }

    @Test
    void shouldWalkEveryRelationOnceInOrderWithKeysetCursorsAndSayThereIsAPreviousPage() {
        var all = graphQl.documentName("relations").variable("id", "org:network").variable("first", 100).execute()
                .path("entity.relations.edges[*].id").entityList(String.class).get();
        List<String> walked = new java.util.ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            var page = graphQl.documentName("relations").variable("id", "org:network").variable("first", 7).variable("after", cursor).execute();
            walked.addAll(page.path("entity.relations.edges[*].id").entityList(String.class).get());
            page.path("entity.relations.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(cursor != null);
            page.path("entity.relations.totalCount").entity(Integer.class).isEqualTo(all.size());
            more = page.path("entity.relations.pageInfo.hasNextPage").entity(Boolean.class).get();
            cursor = page.path("entity.relations.pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(walked).isEqualTo(all).hasSizeGreaterThan(20);
    }

    @Test
    void shouldStillReadAnOffsetCursorIssuedBeforeKeysetPaging() {
        var all = graphQl.documentName("relations").variable("id", "org:network").variable("first", 100).execute()
                .path("entity.relations.edges[*].id").entityList(String.class).get();
        String offsetFour = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("offset:4".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        graphQl.documentName("relations").variable("id", "org:network").variable("first", 3).variable("after", offsetFour).execute()
                .path("entity.relations.edges[*].id").entityList(String.class).isEqualTo(all.subList(5, 8));
        expectError(graphQl.documentName("relations").variable("id", "org:network").variable("after", "not-a-cursor!").execute(),
                "BAD_USER_INPUT", "'after' is not a cursor this API issued: pass a pageInfo.endCursor or edge cursor unchanged.");
    }

    @Test
    void shouldResolveReferenceCitations() {
        graphQl.documentName("relations").variable("id", "state:PHL").variable("types", List.of("IN_REGION")).execute()
                .path("entity.relations.edges[0].citations[0].reference.id").entity(String.class).isEqualTo("ref:un-m49")
                .path("entity.relations.edges[0].citations[0].reference.title").entity(String.class)
                .isEqualTo("Standard country or area codes for statistical use (M49)");
    }

    @Test
    void shouldRejectAPageSizeOutOfRange() {
        expectError(graphQl.documentName("relations").variable("id", "state:PHL").variable("first", 101).execute(),
                "BAD_USER_INPUT", "'first' must be between 1 and 100; it was 101.");
    }
}
