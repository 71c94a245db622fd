package org.migrationgraph.graph;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationgraph.entity.EntityRepository;
import org.migrationgraph.validtime.ValidTime;
import org.migrationgraph.vocabulary.Vocabulary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The graph questions' argument checks and their "not found" answers, with the repositories mocked. */
@GraphQlTest(controllers = GraphController.class, includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
        classes = HandlerMethodArgumentResolver.class))
class GraphControllerTest {

    @Autowired
    GraphQlTester graphQl;

    @MockitoBean
    SubgraphRepository subgraphs;

    @MockitoBean
    PathRepository paths;

    @MockitoBean
    TimelineAndStatsRepository timelineAndStats;

    @MockitoBean
    MostConnectedRepository mostConnected;

    @MockitoBean
    EntityRepository entities;

    @MockitoBean
    Vocabulary vocabulary;

    @Test
    void shouldRefuseADepthOutsideOneToThreeWithoutReading() {
        graphQl.document("{ neighborhood(id: \"state:PHL\", depth: 4) { nodes { id } } }").execute()
                .errors().expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code"))
                        && e.getMessage().contains("depth")).verify();
        verify(subgraphs, never()).neighbourhood(anyString(), anyInt(), any(), any(), anyInt(), anyBoolean(), any(), any(), any());
    }

    /** validtime.TimeArgumentsResolver gives the methods asOf, during and undatedFacts (the slice includes it). */
    @Test
    void shouldHandTheValidTimeAskedForToTheReads() {
        given(subgraphs.neighbourhood(anyString(), anyInt(), any(), any(), anyInt(), anyBoolean(), any(), any(), any())).willReturn(Optional.empty());

        graphQl.document("{ neighborhood(id: \"state:PHL\", asOf: \"2018-12\", undatedFacts: EXCLUDE) { nodes { id } } }").execute();
        graphQl.document("{ stats(during: {from: \"2016\", to: \"2018\"}) { entities } }").execute();

        verify(subgraphs).neighbourhood(eq("state:PHL"), anyInt(), any(), any(), anyInt(), anyBoolean(), any(),
                eq(ValidTime.of("2018-12", null, "EXCLUDE")), isNull());
        verify(timelineAndStats).stats(ValidTime.of(null, Map.of("from", "2016", "to", "2018"), "INCLUDE"), null);
    }

    /** After a write the counts wait for their tallies; the most connected have their own, and do not wait for the counts. */
    @Test
    void shouldCountTheStatsOnlyWhenACountIsAskedFor() {
        given(mostConnected.mostConnected(anyInt(), any(), any())).willReturn(List.of());

        graphQl.document("{ stats(asOf: \"2020\") { __typename mostConnected(limit: 1) { degree } } }").execute()
                .path("stats.__typename").entity(String.class).isEqualTo("Stats")
                .path("stats.mostConnected").entityList(Object.class).hasSize(0);

        verify(timelineAndStats, never()).stats(any(), any());
        verify(mostConnected).mostConnected(1, ValidTime.of("2020", null, null), null);
    }

    @Test
    void shouldAnswerNullForTheNeighbourhoodOfAnUnknownEntity() {
        given(subgraphs.neighbourhood(anyString(), anyInt(), any(), any(), anyInt(), anyBoolean(), any(), any(), any())).willReturn(Optional.empty());

        graphQl.document("{ neighborhood(id: \"state:NONE\") { nodes { id } } }").execute().path("neighborhood").valueIsNull();
    }

    @ParameterizedTest(name = "{0}: edges found {1}")
    @CsvSource(delimiter = '|', value = {
            "nodes { id name kind } truncated __typename | false",
            "nodes { id } edges { source target } | true",
            "nodes { id } metrics { degree } | true",
            "nodes { id } undatedFactsIncluded | true",
            "... on Subgraph { nodes { id } } ...Drawn | true"})
    void shouldLookForEdgesOnlyWhenAFieldAskedForNeedsThem(String selection, boolean edges) {
        given(subgraphs.network(any(), any(), anyInt(), anyBoolean(), any(), any(), any())).willReturn(new Subgraph(List.of(), List.of(), false, null));
        String fragment = selection.contains("...Drawn") ? "fragment Drawn on Subgraph { edges { id } }" : "";

        graphQl.document("{ neighborhood(id: \"state:PHL\") { " + selection + " } } " + fragment).execute();
        graphQl.document("{ network { " + selection + " } } " + fragment).execute();

        verify(subgraphs).neighbourhood(eq("state:PHL"), anyInt(), any(), any(), anyInt(), eq(edges), any(), any(), any());
        verify(subgraphs).network(any(), any(), anyInt(), eq(edges), any(), any(), any());
    }

    @Test
    void shouldSayWhichEndIsUnknownWhenThereIsNoPath() {
        given(paths.paths(any(), any())).willReturn(List.of());
        given(entities.findByIds(anyList(), isNull())).willReturn(Map.of());

        graphQl.document("{ shortestPath(from: \"state:NONE\", to: \"framework:gcm\") { length } }").execute()
                .errors().expect(e -> "NOT_FOUND".equals(e.getExtensions().get("code"))).verify();
    }

    @Test
    void shouldAskForTheDatesOfMeetingsAndEventsWhenNoKindIsGiven() {
        given(timelineAndStats.timelineDates(List.of("Meeting", "Event"))).willReturn(List.of("2019-12-10", "2019-12-11"));

        graphQl.document("{ timelineDates }").execute().path("timelineDates").entityList(String.class).containsExactly("2019-12-10", "2019-12-11");
        graphQl.document("{ timelineDates(kinds: [\"Initiative\"]) }").execute();
        verify(timelineAndStats).timelineDates(List.of("Initiative"));
    }

    @Test
    void shouldCountTheTimelineOnlyWhenAPageAsksForItsTotal() {
        TimelineConnection empty = new TimelineConnection(List.of(), new org.migrationgraph.support.PageInfo(false, false, null, null),
                new TimelineQuery(null, null, List.of("Meeting", "Event"), org.migrationgraph.validtime.ValidTime.ALWAYS, null));
        given(timelineAndStats.timelinePage(any(), anyInt(), any())).willReturn(empty);
        given(timelineAndStats.timelineCount(any())).willReturn(7);

        graphQl.document("{ timelineItems { edges { cursor } } }").execute().path("timelineItems.edges").entityList(Object.class).hasSize(0);
        verify(timelineAndStats, never()).timelineCount(any());
        graphQl.document("{ timelineItems(first: 5) { totalCount edges { cursor } } }").execute()
                .path("timelineItems.totalCount").entity(Integer.class).isEqualTo(7);
        verify(timelineAndStats).timelinePage(org.mockito.ArgumentMatchers.argThat(q -> q.kinds().equals(List.of("Meeting", "Event"))),
                org.mockito.ArgumentMatchers.eq(5), isNull());
    }

    @Test
    void shouldCountTheTimelineWithoutReadingAPageWhenOnlyItsTotalIsAsked() {
        given(timelineAndStats.timelineCount(any())).willReturn(7);

        graphQl.document("{ timelineItems(first: 5, kinds: [\"Meeting\"]) { __typename totalCount } }").execute()
                .path("timelineItems.totalCount").entity(Integer.class).isEqualTo(7);
        verify(timelineAndStats).timelineCount(org.mockito.ArgumentMatchers.argThat(q -> q.kinds().equals(List.of("Meeting"))));
        verify(timelineAndStats, never()).timelinePage(any(), anyInt(), any());
        // The arguments are checked all the same.
        graphQl.document("{ timelineItems(after: \"offset:3\") { totalCount } }").execute()
                .errors().expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code")) && e.getMessage().contains("not a timelineItems cursor")).verify();
    }

    @Test
    void shouldRefuseABadTimelineCursorWithoutReading() {
        graphQl.document("{ timelineItems(after: \"offset:3\") { edges { cursor } } }").execute()
                .errors().expect(e -> "BAD_USER_INPUT".equals(e.getExtensions().get("code")) && e.getMessage().contains("not a timelineItems cursor")).verify();
        verify(timelineAndStats, never()).timelinePage(any(), anyInt(), any());
    }
}
