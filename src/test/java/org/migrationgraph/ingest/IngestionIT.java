package org.migrationgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.CuratedGraphTest;
import org.migrationgraph.testsupport.TestKeys;
import org.neo4j.driver.Session;

/** A new text through ingestDocument, its mentions and proposals, and a curator's review of them, over real HTTP and Neo4j. */
class IngestionIT extends CuratedGraphTest {

    /** Each test reads about a meeting of its own ordinal, since an accepted meeting is known to the next reading. */
    private static final String TEXT = String.join("\\n\\n",
            "Summary of the %1$s Annual Meeting of the United Nations Network on Migration",
            "15 December 2021",
            "The %1$s Annual Meeting of the Network was held on 15 December 2021. The meeting was attended by 40 Member States and 12 colleagues from civil society.",
            "Delegates representing the following countries took the floor: Germany, Mexico and the UK.",
            "The Coordinator was invited to ensure that the Network would:\\n- Provide regular updates on the Migration MPTF.");

    private static String text(String ordinal) {
        return TEXT.formatted(ordinal);
    }

    private DocumentContext ingest(String id, String text) {
        return asEditor("""
                mutation { ingestDocument(input: {id: "%s", title: "Summary of the Third Annual Meeting", date: "2021-12-16",
                  kind: "meeting summary", text: "%s"}) {
                  document { id } revision documentAdded paragraphs sentences mentions ambiguousMentions proposals newProposals
                  userErrors { field code message } } }
                """.formatted(id, text));
    }

    private List<Map<String, Object>> proposals(String document, String status) {
        return send("""
                { proposals(document: "%s", status: %s, first: 100) { edges { node {
                  id kind status entityKind suggestedId name from type to paragraph quote rule acceptedAs reviewReason
                  properties { key value } } } } }
                """.formatted(document, status), TestKeys.EDITOR).read("$.data.proposals.edges[*].node");
    }

    private static Map<String, Object> relation(List<Map<String, Object>> proposals, String from, String type) {
        return proposals.stream().filter(p -> from.equals(p.get("from")) && type.equals(p.get("type"))).findFirst().orElseThrow();
    }

    @Test
    void shouldStoreTheTextWithItsMentionsAtTheirOffsetsAndProposeWhatItSays() {
        String doc = unique("doc");
        DocumentContext done = ingest(doc, text("Third"));

        assertThat(done.read("$.data.ingestDocument.userErrors", List.class)).isEmpty();
        assertThat((Boolean) done.read("$.data.ingestDocument.documentAdded")).isTrue();
        assertThat((Integer) done.read("$.data.ingestDocument.paragraphs")).isEqualTo(6);
        assertThat((Integer) done.read("$.data.ingestDocument.newProposals")).isPositive();

        List<Map<String, Object>> mentions = send("{ textMentions(document: \"" + doc + "\") { paragraph start end surface entityId rule } }", null)
                .read("$.data.textMentions");
        assertThat(mentions).extracting(m -> m.get("entityId")).contains("state:DEU", "state:MEX", "state:GBR", "group:member-states",
                "group:civil-society", "org:network", "initiative:migration-mptf", "person:antonio-vitorino");
        try (Session session = driver.session()) {
            for (Map<String, Object> m : mentions) {
                String text = session.run("MATCH (p:Paragraph {id: $id}) RETURN p.text AS t", Map.of("id", doc + "#" + m.get("paragraph")))
                        .single().get("t").asString();
                assertThat(text.substring((Integer) m.get("start"), (Integer) m.get("end"))).isEqualTo(m.get("surface"));
            }
        }

        List<Map<String, Object>> proposed = proposals(doc, "PROPOSED");
        assertThat(proposed).filteredOn(p -> "Meeting".equals(p.get("entityKind"))).hasSize(1);
        Map<String, Object> meeting = proposed.stream().filter(p -> "Meeting".equals(p.get("entityKind"))).findFirst().orElseThrow();
        assertThat(meeting.get("name")).isEqualTo("Third Annual Meeting of the United Nations Network on Migration");
        assertThat((List<Map<String, Object>>) meeting.get("properties")).contains(Map.of("key", "date", "value", "2021-12-15"));
        assertThat(relation(proposed, "state:DEU", "TOOK_THE_FLOOR_AT").get("to")).isEqualTo(meeting.get("suggestedId"));
        assertThat((List<Map<String, Object>>) relation(proposed, "group:member-states", "ATTENDED").get("properties"))
                .contains(Map.of("key", "count", "value", 40));
        assertThat(proposed).anySatisfy(p -> assertThat(p.get("rule")).isEqualTo("statement-request"));
    }

    @Test
    void shouldProposeNothingNewWhenTheSameTextIsIngestedAgainAndRefuseAnotherTextUnderItsId() {
        String doc = unique("doc");
        int first = ingest(doc, text("Fourth")).read("$.data.ingestDocument.proposals");

        DocumentContext again = ingest(doc, text("Fourth"));
        assertThat((Boolean) again.read("$.data.ingestDocument.documentAdded")).isFalse();
        assertThat((Integer) again.read("$.data.ingestDocument.proposals")).isEqualTo(first);
        assertThat((Integer) again.read("$.data.ingestDocument.newProposals")).isZero();
        assertThat(proposals(doc, "PROPOSED")).hasSize(first);

        DocumentContext other = ingest(doc, "Another text altogether.");
        assertThat((String) other.read("$.data.ingestDocument.userErrors[0].code")).isEqualTo("CONFLICT");
        assertThat((List<String>) other.read("$.data.ingestDocument.userErrors[0].field")).containsExactly("input", "id");
    }

    @Test
    void shouldTurnAnAcceptedProposalIntoACitedFactWithHistoryAndRelationsOnlyOnceTheirEndsExist() {
        String doc = unique("doc");
        ingest(doc, text("Fifth"));
        List<Map<String, Object>> proposed = proposals(doc, "PROPOSED");
        Map<String, Object> meeting = proposed.stream().filter(p -> "Meeting".equals(p.get("entityKind"))).findFirst().orElseThrow();
        Map<String, Object> floor = relation(proposed, "state:DEU", "TOOK_THE_FLOOR_AT");

        DocumentContext early = asEditor("mutation { acceptProposal(input: {id: \"" + floor.get("id") + "\"}) { revision userErrors { field code message } } }");
        assertThat((String) early.read("$.data.acceptProposal.userErrors[0].code")).isEqualTo("NOT_FOUND");
        assertThat((String) early.read("$.data.acceptProposal.userErrors[0].message")).contains("accept that proposal first");

        String meetingId = unique("meeting");
        DocumentContext accepted = asEditor("""
                mutation { acceptProposal(input: {id: "%s", entityId: "%s", reason: "test: the summary says so"}) {
                  proposal { status acceptedAs reviewReason } revision userErrors { code message } } }
                """.formatted(meeting.get("id"), meetingId));
        assertThat(accepted.read("$.data.acceptProposal.userErrors", List.class)).isEmpty();
        assertThat((String) accepted.read("$.data.acceptProposal.proposal.acceptedAs")).isEqualTo(meetingId);

        DocumentContext entity = send("{ entity(id: \"" + meetingId + "\") { name kind citations { quote paragraph } history { totalCount } } }", null);
        assertThat((String) entity.read("$.data.entity.kind")).isEqualTo("Meeting");
        assertThat((String) entity.read("$.data.entity.citations[0].quote")).isEqualTo(meeting.get("quote"));
        assertThat((Integer) entity.read("$.data.entity.history.totalCount")).isEqualTo(1);

        DocumentContext related = asEditor("mutation { acceptProposal(input: {id: \"" + floor.get("id") + "\"}) { proposal { acceptedAs } userErrors { code message } } }");
        assertThat(related.read("$.data.acceptProposal.userErrors", List.class)).isEmpty();
        assertThat((String) related.read("$.data.acceptProposal.proposal.acceptedAs")).isEqualTo("state:DEU-TOOK_THE_FLOOR_AT->" + meetingId);

        DocumentContext reread = ingest(doc, text("Fifth"));
        assertThat((Integer) reread.read("$.data.ingestDocument.newProposals")).as("read again after a review").isZero();

        DocumentContext twice = asEditor("mutation { acceptProposal(input: {id: \"" + floor.get("id") + "\"}) { revision userErrors { code message } } }");
        assertThat((String) twice.read("$.data.acceptProposal.userErrors[0].code")).isEqualTo("CONFLICT");
        assertThat((Object) twice.read("$.data.acceptProposal.revision")).isNull();
    }

    @Test
    void shouldAcceptAnEntityWithItsRelationsInOneCallOrNothingAtAll() {
        String doc = unique("doc");
        ingest(doc, text("Eighth"));
        List<Map<String, Object>> proposed = proposals(doc, "PROPOSED");
        Map<String, Object> meeting = proposed.stream().filter(p -> "Meeting".equals(p.get("entityKind"))).findFirst().orElseThrow();
        Map<String, Object> floor = relation(proposed, "state:DEU", "TOOK_THE_FLOOR_AT");
        Map<String, Object> attended = relation(proposed, "group:member-states", "ATTENDED");

        DocumentContext alone = asEditor("mutation { acceptProposals(input: {items: [{id: \"" + floor.get("id") + "\"}]}) "
                + "{ revision userErrors { field code message } } }");
        assertThat((String) alone.read("$.data.acceptProposals.userErrors[0].code")).isEqualTo("NOT_FOUND");
        assertThat((List<String>) alone.read("$.data.acceptProposals.userErrors[0].field")).containsExactly("input", "items", "0", "to");

        String meetingId = unique("meeting");
        DocumentContext together = asEditor("""
                mutation { acceptProposals(input: {items: [{id: "%s"}, {id: "%s", entityId: "%s"}, {id: "%s"}], reason: "test: all three"}) {
                  proposals { status acceptedAs reviewReason } revision userErrors { field code message } } }
                """.formatted(floor.get("id"), meeting.get("id"), meetingId, attended.get("id")));
        assertThat(together.read("$.data.acceptProposals.userErrors", List.class)).isEmpty();
        assertThat(together.read("$.data.acceptProposals.proposals[*].acceptedAs", List.class)).containsExactly(
                "state:DEU-TOOK_THE_FLOOR_AT->" + meetingId, meetingId, "group:member-states-ATTENDED->" + meetingId);
        assertThat(together.read("$.data.acceptProposals.proposals[*].reviewReason", List.class)).containsOnly("test: all three");
        Integer revision = together.read("$.data.acceptProposals.revision");
        assertThat((Integer) send("{ relation(id: \"group:member-states-ATTENDED->" + meetingId + "\") { history { edges { node { number } } } } }", null)
                .read("$.data.relation.history.edges[0].node.number")).isEqualTo(revision);

        DocumentContext again = asEditor("mutation { acceptProposals(input: {items: [{id: \"" + floor.get("id") + "\"}]}) "
                + "{ revision userErrors { field code } } }");
        assertThat((String) again.read("$.data.acceptProposals.userErrors[0].code")).isEqualTo("CONFLICT");
        assertThat((List<String>) again.read("$.data.acceptProposals.userErrors[0].field")).containsExactly("input", "items", "0", "id");
    }

    @Test
    void shouldKeepARejectedProposalWithItsReasonSoTheSameTextDoesNotProposeItAgain() {
        String doc = unique("doc");
        ingest(doc, text("Sixth"));
        Map<String, Object> floor = relation(proposals(doc, "PROPOSED"), "state:MEX", "TOOK_THE_FLOOR_AT");

        DocumentContext noReason = asEditor("mutation { rejectProposal(input: {id: \"" + floor.get("id") + "\", reason: \" \"}) { userErrors { field code } } }");
        assertThat((String) noReason.read("$.data.rejectProposal.userErrors[0].code")).isEqualTo("REQUIRED");

        asEditor("mutation { rejectProposal(input: {id: \"" + floor.get("id") + "\", reason: \"test: wrong meeting\"}) { proposal { status } } }");
        assertThat((Integer) ingest(doc, text("Sixth")).read("$.data.ingestDocument.newProposals")).isZero();
        assertThat(proposals(doc, "REJECTED")).singleElement().satisfies(p -> assertThat(p.get("reviewReason")).isEqualTo("test: wrong meeting"));
        assertThat(proposals(doc, "PROPOSED")).noneMatch(p -> p.get("id").equals(floor.get("id")));
    }

    @Test
    void shouldNotProposeWhatTheGraphAlreadyHolds() {
        String doc = unique("doc");
        DocumentContext done = asEditor("""
                mutation { ingestDocument(input: {id: "%s", title: "Briefing notes", date: "2019-12-12",
                  text: "Summary of Network Briefing to Member States\\n\\nDelegates representing the following countries/offices took the floor: Ecuador, Germany."}) {
                  proposals alreadyInGraph userErrors { code } } }
                """.formatted(doc));

        assertThat((Integer) done.read("$.data.ingestDocument.alreadyInGraph")).isEqualTo(2);
        List<Map<String, Object>> proposed = proposals(doc, "PROPOSED");
        assertThat(proposed).noneMatch(p -> "Meeting".equals(p.get("entityKind")));
        assertThat(proposed).noneMatch(p -> "TOOK_THE_FLOOR_AT".equals(p.get("type")));
        assertThat(relation(proposed, doc, "RECORDS").get("to")).isEqualTo("meeting:2019-12-12-member-state-briefing");
    }

    @Test
    void shouldRefuseBadInputWithTypedErrorsAndReadersWithoutTheEditorRole() {
        DocumentContext bad = asEditor("""
                mutation { ingestDocument(input: {title: " ", date: "last Tuesday", text: "  "}) { document { id } userErrors { field code message } } }
                """);
        assertThat(bad.read("$.data.ingestDocument.userErrors[*].code", List.class)).containsExactly("REQUIRED", "REQUIRED", "INVALID_DATE");
        assertThat(bad.read("$.data.ingestDocument.userErrors[*].field[1]", List.class)).containsExactly("title", "text", "date");

        DocumentContext reader = send("mutation { ingestDocument(input: {title: \"T\", text: \"x\"}) { userErrors { code } } }", TestKeys.READER);
        assertThat((String) reader.read("$.errors[0].extensions.code")).isEqualTo("FORBIDDEN");

        DocumentContext missing = asEditor("mutation { rejectProposal(input: {id: \"proposal:nothing\", reason: \"x\"}) { userErrors { code } } }");
        assertThat((String) missing.read("$.data.rejectProposal.userErrors[0].code")).isEqualTo("NOT_FOUND");
    }
}
