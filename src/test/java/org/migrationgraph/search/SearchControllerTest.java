package org.migrationgraph.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.entity.EntityView;
import org.migrationgraph.support.Page;
import org.migrationgraph.vocabulary.Vocabulary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Search's contract without an index: hits pass through ranked, an empty first page explains itself. */
@GraphQlTest(controllers = SearchController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "org\\.migrationgraph\\.entity\\.EntityWiring"))
class SearchControllerTest {

    private static final EntityView IOM = new EntityView("org:iom", "Organization", List.of("Organization"),
            "International Organization for Migration", List.of("IOM"), null, Map.of(), List.of(), 1);

    @Autowired
    GraphQlTester graphQl;

    @MockitoBean
    SearchService search;

    @MockitoBean
    Vocabulary vocabulary;

    @Test
    void shouldAnswerTheHitsInTheOrderTheServiceRanksThem() {
        Page<SearchHit> page = Page.of(List.of(IOM), 10, 0, (cursor, e) -> new SearchHit(e, 2.5, cursor));
        given(search.search("IOM", null, 10, null)).willReturn(new SearchConnection(page.edges(), page.pageInfo()));

        GraphQlTester.Response response = graphQl.document("{ search(query: \"IOM\", first: 10) { edges { score node { id } } } }").execute();

        response.path("search.edges[0].node.id").entity(String.class).isEqualTo("org:iom");
        response.path("search.edges[0].score").entity(Double.class).isEqualTo(2.5);
        verify(search, never()).nearestNames(any());
    }

    @Test
    void shouldExplainAnEmptyFirstPageWithTheNearestNames() {
        Page<SearchHit> empty = Page.empty(0);
        given(search.search("Phillipines", null, 20, null)).willReturn(new SearchConnection(empty.edges(), empty.pageInfo()));
        given(search.nearestNames("Phillipines")).willReturn(List.of(Map.of("id", "state:PHL", "name", "Philippines", "kind", "MemberState")));

        GraphQlTester.Response response = graphQl.document("{ search(query: \"Phillipines\") { edges { node { id } } } }").execute();

        response.path("search.edges").entityList(Object.class).hasSize(0);
        Map<Object, Object> extensions = response.returnResponse().getExtensions();
        assertThat(extensions).containsKey("noMatches");
        assertThat(extensions.get("noMatches").toString()).contains("state:PHL", "nearest names");
    }
}
