package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.CuratedGraphTest;

/**
 * A reader paging through the timeline while a curator adds to it: the next page starts after
 * the entry the last one ended with, so an entry added before it moves nothing along (with an
 * offset, the page would repeat an entry).
 */
class TimelinePagesAsTheGraphChangesIT extends CuratedGraphTest {

    private static final String PAGE = """
            { timelineItems(from: "2019-12", to: "2019-12-12", first: 2%s) {
              totalCount pageInfo { endCursor } nodes { date entity { id } } } }""";

    private DocumentContext page(String after) {
        return send(PAGE.formatted(after == null ? "" : ", after: \"" + after + "\""), null);
    }

    @Test
    void anEntryAddedBeforeTheCursorBetweenTwoPagesNeitherRepeatsNorSkipsOne() {
        List<String> before = send(PAGE.replace("first: 2%s", "first: 100"), null).read("$.data.timelineItems.nodes[*].entity.id");
        assertThat(before).hasSizeGreaterThan(3);
        DocumentContext first = page(null);

        String id = unique("meeting");
        asEditor("""
                mutation { createEntity(input: {id: "%s", kinds: ["Meeting"], name: "Added %s",
                  properties: [{key: "date", value: "2019-12-01"}], reason: "test: timeline pages"}) { revision } }""".formatted(id, id));

        DocumentContext second = page(first.read("$.data.timelineItems.pageInfo.endCursor"));
        assertThat((Integer) second.read("$.data.timelineItems.totalCount")).isEqualTo(before.size() + 1);
        List<String> seen = new java.util.ArrayList<>(first.<List<String>>read("$.data.timelineItems.nodes[*].entity.id"));
        seen.addAll(second.<List<String>>read("$.data.timelineItems.nodes[*].entity.id"));
        assertThat(seen).as("the first four entries as they were, the added one being before the cursor").isEqualTo(before.subList(0, 4));
    }
}
