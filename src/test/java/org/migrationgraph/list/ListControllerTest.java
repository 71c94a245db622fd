package org.migrationgraph.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;


import org.junit.jupiter.api.Test;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.relation.ListedRelations;
import org.migrationgraph.support.Page;
import org.migrationgraph.validtime.ValidTime;
import org.migrationgraph.vocabulary.Vocabulary;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** What the list queries hand the repository: kind, compiled filter, page and projection; no database. */
@GraphQlTest(ListController.class)
class ListControllerTest {

    @Autowired
    GraphQlTester graphQl;

    @MockitoBean
    ListRepository lists;

    @MockitoBean
    Vocabulary vocabulary;

    @MockitoBean
    ListedRelations listedRelations;

    private ListQuery askedFor(String document) {
        Page<EntityConnection.EntityEdgeView> empty = Page.empty(0);
        ArgumentCaptor<ListQuery> query = ArgumentCaptor.forClass(ListQuery.class);
        given(lists.page(query.capture(), any(), any())).willAnswer(call -> new EntityConnection(empty.edges(), empty.pageInfo(), call.getArgument(0), null, null));
        graphQl.document(document).execute().errors().verify();
        return query.getValue();
    }

    @Test
    void shouldListTheKindItsFieldNames() {
        assertThat(askedFor("{ meetings { nodes { id } } }").kind()).isEqualTo("Meeting");
        assertThat(askedFor("{ memberStates { nodes { id } } }").kind()).isEqualTo("MemberState");
        assertThat(askedFor("{ documents { nodes { id } } }").kind()).isEqualTo("Document");
    }

    @Test
    void shouldPassThePageAndCursorOnAsSizeAndOffset() {
        ListQuery query = askedFor("{ topics(first: 7, after: \"b2Zmc2V0OjQ\") { nodes { id } } }");

        assertThat(query.first()).isEqualTo(7);
        assertThat(query.skip()).isEqualTo(5);
    }

    @Test
    void shouldCompileTheWhereFilterIntoParameters() {
        ListQuery query = askedFor("{ entities(where: {name: {eq: \"IOM\"}}) { nodes { id } } }");

        assertThat(query.kind()).isNull();
        assertThat(query.condition().parameters()).containsValue("IOM");
        assertThat(query.condition().cypher()).doesNotContain("IOM");
    }

    @Test
    void shouldPassTheOrderTheValidTimeAndTheRecordedMomentOn() {
        ListQuery query = askedFor("""
                { meetings(orderBy: [{field: DATE, direction: DESC}], during: {from: "2018", to: "2019-06"},
                           undatedFacts: EXCLUDE, asRecordedOn: "2026-01-01") { nodes { id } } }""");

        assertThat(query.orderBy()).containsExactly(Map.of("field", "DATE", "direction", "DESC"));
        assertThat(query.time()).isEqualTo(ValidTime.of(null, Map.of("from", "2018", "to", "2019-06"), "EXCLUDE"));
        assertThat(query.asRecordedOn()).isEqualTo("2026-01-01");
        assertThat(askedFor("{ topics(asOf: \"2018-12\") { nodes { id } } }").time())
                .isEqualTo(ValidTime.of("2018-12", null, "INCLUDE"));
    }

    @Test
    void shouldReadOnlyRowFieldsWhenTheSelectionAsksForNoMore() {
        ArgumentCaptor<Projection> projection = ArgumentCaptor.forClass(Projection.class);
        askedFor("{ regions { nodes { id name } } }");
        verify(lists).page(any(), projection.capture(), any());

        assertThat(projection.getValue().fullNodes()).isFalse();
    }

    @Test
    void shouldRefuseAPageSizeOutOfRangeWithoutReading() {
        graphQl.document("{ regions(first: 0) { nodes { id } } }").execute()
                .errors().expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))).verify();
        verify(lists, never()).page(any(), any(), any());
    }

    @Test
    void shouldReadNoPageWhenOnlyTotalCountIsAsked() {
        given(lists.unread(any())).willAnswer(call -> new EntityConnection(List.of(), Page.empty(0).pageInfo(), call.getArgument(0), null, null));
        given(lists.count(any(), any())).willReturn(3);

        graphQl.document("{ topics(first: 5) { __typename totalCount } }").execute().path("topics.totalCount").entity(Integer.class).isEqualTo(3);
        verify(lists).unread(org.mockito.ArgumentMatchers.argThat(q -> "Topic".equals(q.kind()) && q.first() == 5));
        verify(lists, never()).page(any(), any(), any());
    }

    @Test
    void shouldCountOnlyWhenTotalCountIsSelected() {
        askedFor("{ topics { nodes { id } } }");
        verify(lists, never()).count(any(), any());
    }

    /** As recorded, every statement first undoes the revisions since: relations are left to their own field, which reads them so. */
    @Test
    void shouldReadTheRelationsOfTheListedEntitiesWithThePageButNotAsRecorded() {
        askedFor("{ memberStates { nodes { id relations { totalCount } } } }");
        verify(listedRelations).of(any());

        askedFor("{ memberStates(asRecordedOn: \"2026-01-01\") { nodes { id relations { totalCount } } } }");
        verify(listedRelations, org.mockito.Mockito.times(1)).of(any()); // still the first question's one
    }
}
