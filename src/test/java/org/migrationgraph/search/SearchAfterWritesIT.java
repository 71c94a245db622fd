package org.migrationgraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.CuratedGraphTest;

/** Search follows the graph's writes: a word becomes a word of the graph, and stops being a typo, when an entity is named with it. */
class SearchAfterWritesIT extends CuratedGraphTest {

    private List<String> ids(String query) {
        return send("{ search(query: \"" + query + "\") { edges { node { id } } } }", null).read("$.data.search.edges[*].node.id");
    }

    @Test
    void shouldTakeAWordForATypoOnlyWhileNoEntityHoldsIt() {
        // "australiana" is two edits from "australia", and no entity of the seed holds it.
        assertThat(ids("Australiana")).contains("state:AUS");

        String id = unique("meeting");
        List<?> errors = asEditor("""
                mutation { createEntity(input: {id: "%s", kinds: ["Meeting"], name: "Australiana gathering",
                  citations: [{document: "doc:network-briefing-2019-12-12", paragraph: 4, quote: "the Migration Multi-Partner Trust Fund (MPTF)"}],
                  reason: "test: a new word"}) { userErrors { code } } }
                """.formatted(id)).read("$.data.createEntity.userErrors");
        assertThat(errors).isEmpty();
        assertThat(ids("Australiana")).first().isEqualTo(id);
        assertThat(ids("Australiana")).doesNotContain("state:AUS");

        asEditor("""
                mutation { deleteEntity(input: {id: "%s", expectedVersion: 1, reason: "test: drop"}) { deletedId } }
                """.formatted(id));
        assertThat(ids("Australiana")).doesNotContain(id).contains("state:AUS");
    }
}
