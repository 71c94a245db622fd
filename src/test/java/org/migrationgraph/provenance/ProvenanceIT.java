package org.migrationgraph.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;

/** Following a citation back: which documents mention an entity, which facts a paragraph supports. */
class ProvenanceIT extends GraphIntegrationTest {

    @Test
    void shouldListTheParagraphsThatMentionAnEntityInDocumentOrder() {
        graphQl.documentName("mentionedIn").variable("id", "org:iom").execute()
                .path("entity.mentionedIn[*].id").entityList(String.class)
                .containsExactly("doc:dsg-remarks-2020-12-16#33", "doc:network-briefing-2019-12-12#3")
                .path("entity.mentionedIn[1].document.date").entity(String.class).isEqualTo("2019-12-12");
    }

    @Test
    void shouldListWhatEachParagraphMentionsAndTheFactsItSupports() {
        var response = graphQl.documentName("paragraphFacts").variable("id", "doc:network-briefing-2019-12-12").execute();
        response.path("entity.paragraphs[7].number").entity(Integer.class).isEqualTo(8)
                .path("entity.paragraphs[7].mentions[*].id").entityList(String.class).contains("state:GBR", "state:PHL",
                        "person:special-rapporteur-migrants", "meeting:2019-12-12-member-state-briefing")
                .path("entity.paragraphs[7].facts[*].type").entityList(String.class).satisfies(types ->
                        assertThat(types).contains("TOOK_THE_FLOOR_AT"))
                .path("entity.paragraphs[7].facts[?(@.source.id == 'state:GBR' && @.type == 'TOOK_THE_FLOOR_AT')].quote")
                .entityList(String.class).containsExactly("Philippines, Thailand, UK, and");
    }
}
