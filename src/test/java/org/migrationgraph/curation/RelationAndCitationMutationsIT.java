package org.migrationgraph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.CuratedGraphTest;

/** Relations and citations over HTTP: every relation stays cited, quotes stay verbatim, paragraphs know what they mention. */
class RelationAndCitationMutationsIT extends CuratedGraphTest {

    private static final String BRIEFING = "doc:network-briefing-2019-12-12";
    private static final String QUOTE = "the Fund – now fully operational";

    private String newEntity() {
        String id = unique("org");
        asEditor("""
                mutation { createEntity(input: {id: "%s", kinds: ["Organization"], name: "Org %s", reason: "test"}) { revision } }
                """.formatted(id, id));
        return id;
    }

    private DocumentContext relate(String from, String to, String citation) {
        return asEditor("""
                mutation { createRelation(input: {from: "%s", type: "MEMBER_OF", to: "%s", properties: [{key: "since", value: 2019}],
                  citations: [%s], reason: "test: relate"}) {
                  relation { id version from { id } to { id } properties { key value } citations { quote reference { id } } }
                  revision userErrors { field code message } } }
                """.formatted(from, to, citation));
    }

    @Test
    void shouldCreateACitedRelationThatItsParagraphNowMentions() {
        String member = newEntity();
        DocumentContext created = relate(member, "org:iom", "{document: \"" + BRIEFING + "\", paragraph: 4, quote: \"" + QUOTE + "\"}");

        String id = member + "-MEMBER_OF->org:iom";
        assertThat((String) created.read("$.data.createRelation.relation.id")).isEqualTo(id);
        assertThat((Integer) created.read("$.data.createRelation.relation.version")).isEqualTo(1);
        assertThat(created.read("$.data.createRelation.relation.properties", List.class)).containsExactly(Map.of("key", "since", "value", "2019"));
        DocumentContext read = send("{ relation(id: \"" + id + "\") { type from { id } history { totalCount edges { node { operation after } } } } "
                + "entity(id: \"" + member + "\") { mentionedIn { id } relations { totalCount edges { id version } } } }", null);
        assertThat((Integer) read.read("$.data.relation.history.totalCount")).isEqualTo(1);
        assertThat(read.read("$.data.entity.mentionedIn[*].id", List.class)).containsExactly(BRIEFING + "#4");
        assertThat((Integer) read.read("$.data.entity.relations.edges[0].version")).isEqualTo(1);
    }

    @Test
    void shouldRefuseAnUncitedADuplicateAndADanglingRelation() {
        String member = newEntity();
        assertThat(code(relate(member, "org:iom", ""))).isEqualTo("CITATION_REQUIRED");
        relate(member, "org:iom", "{reference: \"ref:un-m49\"}");
        assertThat(code(relate(member, "org:iom", "{reference: \"ref:un-m49\"}"))).isEqualTo("DUPLICATE_RELATION");
        DocumentContext dangling = relate(member, "org:nowhere", "{reference: \"ref:nowhere\"}");
        assertThat(dangling.read("$.data.createRelation.userErrors[*].code", List.class)).containsExactly("UNKNOWN_ENTITY", "UNKNOWN_REFERENCE");
        assertThat(dangling.read("$.data.createRelation.userErrors[1].field", List.class)).containsExactly("input", "citations", "0", "reference");
    }

    @Test
    void shouldAddAndRemoveCitationsButKeepOneOnARelation() {
        String member = newEntity();
        String id = member + "-MEMBER_OF->org:iom";
        relate(member, "org:iom", "{reference: \"ref:un-m49\"}");

        DocumentContext wrongQuote = citation("addCitation", id, 1, "{document: \"" + BRIEFING + "\", paragraph: 5, quote: \"" + QUOTE + "\"}");
        assertThat(code(wrongQuote, "addCitation")).isEqualTo("QUOTE_NOT_FOUND");
        assertThat((String) wrongQuote.read("$.data.addCitation.userErrors[0].message")).contains("is not in paragraph 5", "(it is in paragraph 4)");

        DocumentContext added = citation("addCitation", id, 1, "{document: \"" + BRIEFING + "\", paragraph: 4, quote: \"" + QUOTE + "\"}");
        assertThat((Integer) added.read("$.data.addCitation.relation.version")).isEqualTo(2);
        DocumentContext removed = citation("removeCitation", id, 2, "{reference: \"ref:un-m49\"}");
        assertThat(removed.read("$.data.removeCitation.relation.citations[*].quote", List.class)).containsExactly(QUOTE);
        DocumentContext last = citation("removeCitation", id, 3, "{document: \"" + BRIEFING + "\", paragraph: 4, quote: \"" + QUOTE + "\"}");
        assertThat(code(last, "removeCitation")).isEqualTo("CITATION_REQUIRED");
    }

    @Test
    void shouldUpdateAndDeleteARelationWithVersionChecks() {
        String member = newEntity();
        String id = member + "-MEMBER_OF->org:iom";
        relate(member, "org:iom", "{reference: \"ref:un-m49\"}");

        DocumentContext updated = asEditor("""
                mutation { updateRelation(input: {id: "%s", expectedVersion: 1, setProperties: [{key: "role", value: "observer"}],
                  removeProperties: ["since"], reason: "test"}) { relation { version properties { key value } } userErrors { code } } }
                """.formatted(id));
        assertThat(updated.read("$.data.updateRelation.relation.properties", List.class)).containsExactly(Map.of("key", "role", "value", "observer"));
        DocumentContext stale = asEditor("mutation { deleteRelation(input: {id: \"" + id + "\", expectedVersion: 1, reason: \"test\"}) { deletedId userErrors { code } conflict { currentVersion } } }");
        assertThat((Integer) stale.read("$.data.deleteRelation.conflict.currentVersion")).isEqualTo(2);
        DocumentContext deleted = asEditor("mutation { deleteRelation(input: {id: \"" + id + "\", expectedVersion: 2, reason: \"test\"}) { deletedId userErrors { code } } }");
        assertThat((String) deleted.read("$.data.deleteRelation.deletedId")).isEqualTo(id);
        assertThat((Object) send("{ relation(id: \"" + id + "\") { id } }", null).read("$.data.relation")).isNull();
        DocumentContext missing = asEditor("mutation { deleteRelation(input: {id: \"" + id + "\", expectedVersion: 2, reason: \"test\"}) { userErrors { code } } }");
        assertThat((String) missing.read("$.data.deleteRelation.userErrors[0].code")).isEqualTo("NOT_FOUND");
    }

    @Test
    void shouldNameEveryOtherCitationProblemWhereItIs() {
        String member = newEntity();
        List<String> codes = List.of(
                "{document: \"org:iom\", paragraph: 1, quote: \"x\"}",
                "{document: \"" + BRIEFING + "\", paragraph: 99, quote: \"x\"}",
                "{document: \"" + BRIEFING + "\", quote: \"x\"}").stream()
                .map(citation -> code(relate(member, "org:iom", citation))).toList();
        assertThat(codes).containsExactly("UNKNOWN_DOCUMENT", "PARAGRAPH_OUT_OF_RANGE", "INVALID_CITATION");

        DocumentContext added = citation("addCitation", member, 1, "{reference: \"ref:un-m49\"}");
        assertThat(added.read("$.data.addCitation.userErrors", List.class)).isEmpty();
        DocumentContext again = citation("addCitation", member, 2, "{reference: \"ref:un-m49\"}");
        assertThat(code(again, "addCitation")).isEqualTo("INVALID_CITATION");
        DocumentContext document = asEditor("""
                mutation { createEntity(input: {id: "%s", kinds: ["Document"], name: "No text", reason: "t"}) { userErrors { code message } } }
                """.formatted(unique("doc")));
        assertThat((String) document.read("$.data.createEntity.userErrors[0].code")).isEqualTo("INVALID");
        assertThat((String) document.read("$.data.createEntity.userErrors[0].message")).contains("addDocument");
    }

    private DocumentContext citation(String mutation, String subject, int version, String citation) {
        return asEditor("""
                mutation { %s(input: {subjectId: "%s", expectedVersion: %d, citation: %s, reason: "test"}) {
                  relation { version citations { quote reference { id } } } userErrors { field code message } } }
                """.formatted(mutation, subject, version, citation));
    }

    private static String code(DocumentContext answer) {
        return code(answer, "createRelation");
    }

    private static String code(DocumentContext answer, String mutation) {
        return answer.read("$.data." + mutation + ".userErrors[0].code");
    }
}
