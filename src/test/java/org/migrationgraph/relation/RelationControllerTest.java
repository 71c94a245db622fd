package org.migrationgraph.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.migrationgraph.entity.EntityRepository;
import org.migrationgraph.entity.EntityView;
import org.migrationgraph.support.Page;
import org.migrationgraph.vocabulary.Vocabulary;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Relations through one DataLoader: however many entities a query lists, the repository is
 * asked once per filter. The entity lookup and the relations are mocks; there is no database.
 */
@GraphQlTest(controllers = RelationController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "org\\.migrationgraph\\.entity\\.Entity(Controller|Wiring)"))
class RelationControllerTest {

    @Autowired
    GraphQlTester graphQl;

    @MockitoBean
    RelationRepository relations;

    @MockitoBean
    EntityRepository entities;

    /** EntityController's entity(asRecordedOn:) reads history through it; these tests ask for the graph now. */
    @MockitoBean
    org.migrationgraph.asrecorded.AsRecorded asRecorded;

    @MockitoBean
    Vocabulary vocabulary;

    private static EntityView state(String iso3) {
        return new EntityView("state:" + iso3, "MemberState", List.of("MemberState"), iso3, List.of(), null, Map.of(), List.of(), 1);
    }

    /** Every key asked for loads an empty page. */
    @SuppressWarnings("unchecked")
    private void givenEmptyPages() {
        given(relations.load(anySet())).willAnswer(call -> {
            Map<RelationKey, RelationConnection> pages = new HashMap<>();
            Page<RelationEdge> empty = Page.empty(0);
            ((Set<RelationKey>) call.getArgument(0)).forEach(k -> pages.put(k, new RelationConnection(empty.edges(), empty.pageInfo(), 0, null)));
            return pages;
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldLoadTheRelationsOfManyEntitiesInOneCall() {
        given(entities.findByIds(List.of("state:PHL", "state:DEU", "state:MEX")))
                .willReturn(Map.of("state:PHL", state("PHL"), "state:DEU", state("DEU"), "state:MEX", state("MEX")));
        givenEmptyPages();

        graphQl.document("""
                { nodes(ids: ["state:PHL", "state:DEU", "state:MEX"]) { ... on Entity { relations(first: 3) { totalCount } } } }
                """).execute().errors().verify();

        ArgumentCaptor<Set<RelationKey>> keys = ArgumentCaptor.forClass(Set.class);
        verify(relations, times(1)).load(keys.capture());
        assertThat(keys.getValue()).extracting(RelationKey::entityId).containsExactlyInAnyOrder("state:PHL", "state:DEU", "state:MEX");
        assertThat(keys.getValue()).extracting(k -> k.filter().first()).containsOnly(3);
        assertThat(keys.getValue()).extracting(k -> k.filter().paged()).as("totalCount alone asks for no page").containsOnly(false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldAskForThePageWhenAnyOfItsFieldsIsSelected() {
        given(entities.findByIds(List.of("state:PHL"))).willReturn(Map.of("state:PHL", state("PHL")));
        givenEmptyPages();

        graphQl.document("""
                { nodes(ids: ["state:PHL"]) { ... on Entity {
                    a: relations { totalCount pageInfo { hasNextPage } } b: relations(first: 2) { __typename totalCount } } } }
                """).execute().errors().verify();

        ArgumentCaptor<Set<RelationKey>> keys = ArgumentCaptor.forClass(Set.class);
        verify(relations, times(1)).load(keys.capture());
        assertThat(keys.getValue()).extracting(k -> k.filter().first() + " " + k.filter().paged()).containsExactlyInAnyOrder("20 true", "2 false");
    }

    /** What a relations field asks is worked out once per query field, so each fragment's own selection must still count. */
    @Test
    @SuppressWarnings("unchecked")
    void shouldReadEachTypesFragmentWithItsOwnSelection() {
        given(entities.findByIds(List.of("state:PHL", "state:DEU", "org:iom"))).willReturn(Map.of("state:PHL", state("PHL"),
                "state:DEU", state("DEU"), "org:iom", new EntityView("org:iom", "Organization", List.of("Organization"), "IOM", List.of(),
                        null, Map.of(), List.of(), 1)));
        givenEmptyPages();

        graphQl.document("""
                { nodes(ids: ["state:PHL", "state:DEU", "org:iom"]) {
                    ... on MemberState { relations(first: 4) { totalCount } }
                    ... on Organization { relations(first: 4) { edges { node { id description } } } } } }
                """).execute().errors().verify();

        ArgumentCaptor<Set<RelationKey>> keys = ArgumentCaptor.forClass(Set.class);
        verify(relations, times(1)).load(keys.capture());
        assertThat(keys.getValue()).extracting(k -> k.entityId() + " counted " + k.filter().counted() + " paged " + k.filter().paged()
                + " full nodes " + k.filter().projection().fullNodes()).containsExactlyInAnyOrder(
                "state:PHL counted true paged false full nodes false", "state:DEU counted true paged false full nodes false",
                "org:iom counted false paged true full nodes true");
    }
}
