package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationgraph.testsupport.GraphQlErrors.expectError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.migrationgraph.testsupport.GraphQlOverHttp;
import org.migrationgraph.validtime.ValidTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** timelineItems, page by page through real HTTP: the whole timeline's entries, in its order, a page at a time. */
class TimelinePagesIT extends GraphIntegrationTest {

    private static final String ENTRY = "date endDate status entity { id name }";

    @Autowired
    TimelineAndStatsRepository timelines;

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"", "kinds: [\"Meeting\", \"Event\", \"Initiative\"]", "from: \"2019-12\", to: \"2020-12\"",
            "asOf: \"2020-01-01\", kinds: [\"Meeting\", \"Initiative\"]", "during: {from: \"2019\", to: \"2019\"}",
            // More kinds than a page seeks for (TimelineAndStatsRepository.SEEKS_UP_TO), few entities: by their labels.
            "kinds: [\"Meeting\", \"Event\", \"Initiative\", \"Statement\", \"Document\"]",
            // The same up to a day.
            "to: \"2019-12\", kinds: [\"Meeting\", \"Event\", \"Initiative\", \"Statement\", \"Document\"]",
            // And from a day.
            "from: \"2021\", kinds: [\"Meeting\", \"Event\", \"Initiative\", \"Statement\", \"Document\"]",
            "from: \"2019-12-12\", asOf: \"2021-01-01\""})
    void shouldPageThroughTheSameEntriesInTheSameOrderAsTheWholeTimeline(String arguments) {
        String whereWhole = arguments.isEmpty() ? "" : "(" + arguments + ")";
        List<Object> whole = graphQl.document("{ timeline" + whereWhole + " { " + ENTRY + " } }").execute()
                .path("timeline").entityList(Object.class).get();
        String separator = arguments.isEmpty() ? "" : ", ";

        List<Object> paged = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 100; page++) {
            String cursor = after == null ? "" : ", after: \"" + after + "\"";
            var response = graphQl.document("{ timelineItems(first: 4" + cursor + separator + arguments + ") { totalCount "
                    + "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { " + ENTRY + " } } nodes { date } } }").execute();
            List<Object> nodes = response.path("timelineItems.edges[*].node").entityList(Object.class).get();
            response.path("timelineItems.totalCount").entity(Integer.class).isEqualTo(whole.size())
                    .path("timelineItems.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(after != null)
                    .path("timelineItems.nodes[*].date").entityList(String.class)
                    .isEqualTo(nodes.stream().map(n -> (String) ((Map<?, ?>) n).get("date")).toList());
            assertThat(nodes).as("a page is full unless it is the last").hasSizeBetween(1, 4);
            paged.addAll(nodes);
            if (!response.path("timelineItems.pageInfo.hasNextPage").entity(Boolean.class).get()) {
                break;
            }
            after = response.path("timelineItems.pageInfo.endCursor").entity(String.class).get();
            response.path("timelineItems.edges[3].cursor").entity(String.class).isEqualTo(after);
        }
        assertThat(whole).as("the seed gives every question here several pages").hasSizeGreaterThan(4);
        assertThat(paged).isEqualTo(whole);
        graphQl.document("{ timelineItems" + whereWhole + " { totalCount } }").execute()
                .path("timelineItems.totalCount").entity(Integer.class).isEqualTo(whole.size());
    }

    /** Which way the pages above were read: a `from` from the last date's index, on the graph now only. */
    @Test
    void shouldReadAFromThatFewReachFromTheLastDatesIndexOnTheGraphNowOnly() {
        List<String> kinds = List.of("Meeting", "Event");
        assertThat(timelines.fromLastDate(new TimelineQuery("2019", null, kinds, ValidTime.ALWAYS, null), false)).as("the seed's few entities").isTrue();
        assertThat(timelines.fromLastDate(new TimelineQuery(null, "2020", kinds, ValidTime.ALWAYS, null), false)).as("no from").isFalse();
        assertThat(timelines.fromLastDate(new TimelineQuery("2019", null, kinds, ValidTime.ALWAYS, "2026-01-01"), false)).as("as recorded").isFalse();
        // More kinds than it seeks for: the seed has too few of their entities to read them by the entities' indexes.
        TimelineQuery fiveKinds = new TimelineQuery("2000", null, List.of("Meeting", "Event", "Initiative", "Statement", "Document"), ValidTime.ALWAYS, null);
        assertThat(timelines.byEntityIndexes(fiveKinds)).isFalse();
        assertThat(timelines.fromLastDate(fiveKinds, false)).isFalse();
        assertThat(timelines.fromLastDate(fiveKinds, true)).isTrue();
    }

    @Test
    void shouldReadNoPageForTotalCountAlone() throws Exception {
        String alone = GraphQlOverHttp.post(port, "{ timelineItems(from: \"2019\", first: 3) { totalCount } }", Map.of("X-Query-Stats", "true"));
        String both = GraphQlOverHttp.post(port, "{ timelineItems(from: \"2019\", first: 3) { totalCount nodes { date } } }", Map.of("X-Query-Stats", "true"));
        assertThat((Integer) JsonPath.read(alone, "$.data.timelineItems.totalCount")).isEqualTo(JsonPath.read(both, "$.data.timelineItems.totalCount"));
        assertThat((Integer) JsonPath.read(alone, "$.extensions.queryStats.cypherStatements")).as("the count alone").isEqualTo(1);
        assertThat((Integer) JsonPath.read(both, "$.extensions.queryStats.cypherStatements")).as("the probe, the page and the count").isEqualTo(3);
    }

    @Test
    void shouldAnswerAnEmptyPageForAPeriodWithNothingInIt() {
        graphQl.document("{ timelineItems(from: \"1900\", to: \"1901\") { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }").execute()
                .path("timelineItems.totalCount").entity(Integer.class).isEqualTo(0)
                .path("timelineItems.edges").entityList(Object.class).hasSize(0)
                .path("timelineItems.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
                .path("timelineItems.pageInfo.endCursor").valueIsNull();
    }

    @Test
    void shouldRefuseACursorItDidNotIssueAndAPageSizeOutOfRangeSayingWhatToPass() {
        String listCursor = graphQl.document("{ meetings(first: 1) { pageInfo { endCursor } } }").execute()
                .path("meetings.pageInfo.endCursor").entity(String.class).get();
        for (String cursor : List.of(listCursor, "not a cursor!", "dGltZWxpbmU6")) {
            expectError(graphQl.document("{ timelineItems(after: \"" + cursor + "\") { edges { cursor } } }").execute(), "BAD_USER_INPUT",
                    "'after' (" + cursor + ") is not a timelineItems cursor: pass a pageInfo.endCursor or an edge's cursor from timelineItems"
                            + " unchanged, or leave 'after' out for the first page.");
        }
        expectError(graphQl.document("{ timelineItems(first: 101) { edges { cursor } } }").execute(), "BAD_USER_INPUT",
                "'first' must be between 1 and 100; it was 101.");
        graphQl.document("{ timelineItems(kinds: [\"Meting\"]) { edges { cursor } } }").execute().errors().satisfy(errors -> assertThat(errors)
                .singleElement().satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT"))
                .satisfies(e -> assertThat(e.getMessage()).contains("'Meting'")));
    }
}
