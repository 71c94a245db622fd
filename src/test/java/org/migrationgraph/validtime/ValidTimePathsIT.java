package org.migrationgraph.validtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.CuratedGraphTest;

/**
 * Paths bound in time take the shortest paths of the whole graph when they held then, and search
 * again when they did not: a direct link since 2021 and a detour with no date, asked as of 2020,
 * 2022 and as of 2020 without undated facts.
 */
class ValidTimePathsIT extends CuratedGraphTest {

    private String organization() {
        String id = unique("org");
        asEditor("""
                mutation { createEntity(input: {id: "%s", kinds: ["Organization"], name: "%s", reason: "test"}) { revision } }""".formatted(id, id));
        return id;
    }

    private void link(String from, String to, String since) {
        String properties = since == null ? "" : ", properties: [{key: \"since\", value: \"%s\"}]".formatted(since);
        asEditor("""
                mutation { createRelation(input: {from: "%s", type: "MEMBER_OF", to: "%s"%s, citations: [{reference: "ref:un-m49"}],
                  reason: "test"}) { revision } }""".formatted(from, to, properties));
    }

    private DocumentContext paths(String from, String to, String window) {
        return send("""
                { shortestPath(from: "%s", to: "%s", %s) { length nodes { id } }
                  allShortestPaths(from: "%s", to: "%s", %s) { length } }""".formatted(from, to, window, from, to, window), null);
    }

    @Test
    void aShortestPathThatDidNotHoldThenGivesWayToTheShortestOneThatDid() {
        String a = organization();
        String b = organization();
        String detour = organization();
        link(a, b, "2021");
        link(a, detour, null);
        link(detour, b, null);

        DocumentContext in2022 = paths(a, b, "asOf: \"2022\"");
        assertThat(in2022.read("$.data.shortestPath.length", Integer.class)).isEqualTo(1);
        assertThat(in2022.read("$.data.allShortestPaths[*].length", List.class)).containsExactly(1);
        DocumentContext in2020 = paths(a, b, "asOf: \"2020\"");
        assertThat(in2020.read("$.data.shortestPath.nodes[*].id", List.class)).containsExactly(a, detour, b);
        assertThat(in2020.read("$.data.allShortestPaths[*].length", List.class)).containsExactly(2);
        DocumentContext datedOnly = paths(a, b, "asOf: \"2020\", undatedFacts: EXCLUDE");
        assertThat((Object) datedOnly.read("$.data.shortestPath")).isNull();
        assertThat(datedOnly.read("$.data.allShortestPaths", List.class)).isEmpty();
    }
}
