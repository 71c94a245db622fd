package org.migrationgraph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.CuratedGraphTest;
import org.migrationgraph.testsupport.TestKeys;

/** New source documents, batches applied all or nothing, deletions of what is still in use, and who may write. */
class DocumentsAndBatchesIT extends CuratedGraphTest {

    private static final String TEXT = "Opening words of the test document.\\n\\nThe Network welcomes the new member.\\n- a first item\\n- a second item";

    private String addDocument() {
        String id = unique("doc");
        DocumentContext added = asEditor("""
                mutation { addDocument(input: {id: "%s", title: "Test document %s", date: "2024-05", documentType: "remarks",
                  author: "The Coordinator", text: "%s", reason: "test: new source"}) {
                  entity { id kind ... on Document { paragraphs { number text } } } userErrors { field code message } } }
                """.formatted(id, id, TEXT));
        assertThat(added.read("$.data.addDocument.userErrors", List.class)).isEmpty();
        return id;
    }

    @Test
    void shouldAddADocumentCutIntoNumberedParagraphsThatCitationsCanQuote() {
        String document = addDocument();
        DocumentContext read = send("{ entity(id: \"" + document + "\") { ... on Document { paragraphs { number text } } } }", null);
        assertThat(read.read("$.data.entity.paragraphs[*].text", List.class)).containsExactly(
                "Opening words of the test document.", "The Network welcomes the new member.", "- a first item", "- a second item");

        String org = unique("org");
        DocumentContext cited = asEditor("""
                mutation { createEntity(input: {id: "%s", kinds: ["Organization"], name: "Member %s",
                  citations: [{document: "%s", paragraph: 2, quote: "welcomes the new member"}], reason: "test"}) {
                  entity { mentionedIn { id } } userErrors { code } } }
                """.formatted(org, org, document));
        assertThat(cited.read("$.data.createEntity.entity.mentionedIn[*].id", List.class)).containsExactly(document + "#2");

        DocumentContext inUse = asEditor("mutation { deleteEntity(input: {id: \"" + document + "\", expectedVersion: 1, reason: \"test\"}) { userErrors { code message } } }");
        assertThat((String) inUse.read("$.data.deleteEntity.userErrors[0].code")).isEqualTo("IN_USE");
        assertThat((String) inUse.read("$.data.deleteEntity.userErrors[0].message")).contains("cited by 1 fact");
    }

    @Test
    void shouldApplyABatchUnderOneRevisionWhereLaterChangesSeeEarlierOnes() {
        String org = unique("org");
        DocumentContext batch = asEditor("""
                mutation { applyChanges(changes: [
                  {createEntity: {id: "%s", kinds: ["Organization"], name: "Batch %s", reason: "test: batch"}},
                  {createRelation: {from: "%s", type: "MEMBER_OF", to: "org:iom", citations: [{reference: "ref:un-m49"}], reason: "test: batch"}},
                  {updateEntity: {id: "%s", expectedVersion: 1, description: "Made in a batch.", reason: "test: batch"}}]) {
                  subjectIds revision userErrors { field code message } } }
                """.formatted(org, org, org, org));

        assertThat(batch.read("$.data.applyChanges.subjectIds", List.class)).containsExactly(org, org + "-MEMBER_OF->org:iom", org);
        Integer revision = batch.read("$.data.applyChanges.revision");
        DocumentContext history = send("{ entity(id: \"" + org + "\") { version history { edges { node { number operation } } } } }", null);
        assertThat((Integer) history.read("$.data.entity.version")).isEqualTo(2);
        assertThat(history.read("$.data.entity.history.edges[*].node.number", List.class)).containsOnly(revision);
    }

    @Test
    void shouldApplyNothingOfABatchWithOneBadChangeAndPointAtIt() {
        String org = unique("org");
        String before = fingerprint();
        DocumentContext batch = asEditor("""
                mutation { applyChanges(changes: [
                  {createEntity: {id: "%s", kinds: ["Organization"], name: "Doomed %s", reason: "test"}},
                  {createRelation: {from: "%s", type: "NOT_A_TYPE", to: "org:iom", citations: [{reference: "ref:un-m49"}], reason: "test"}},
                  {updateEntity: {id: "org:iom", expectedVersion: 1, name: "  ", reason: ""}}]) {
                  subjectIds revision userErrors { field code } } }
                """.formatted(org, org, org));

        assertThat((Object) batch.read("$.data.applyChanges.revision")).isNull();
        assertThat(batch.read("$.data.applyChanges.userErrors[*].code", List.class)).containsExactly("UNKNOWN_RELATION_TYPE", "REQUIRED");
        assertThat(batch.read("$.data.applyChanges.userErrors[0].field", List.class)).containsExactly("changes", "1", "createRelation", "type");
        assertThat(batch.read("$.data.applyChanges.userErrors[1].field", List.class)).containsExactly("changes", "2", "updateEntity", "reason");
        assertThat(fingerprint()).isEqualTo(before);
        assertThat((Object) send("{ entity(id: \"" + org + "\") { id } }", null).read("$.data.entity")).isNull();
    }

    @Test
    void shouldDeleteAnEntityWithItsRelationsOnlyWhenAsked() {
        String org = unique("org");
        asEditor("mutation { createEntity(input: {id: \"" + org + "\", kinds: [\"Organization\"], name: \"Linked " + org + "\", reason: \"t\"}) { revision } }");
        asEditor("mutation { createRelation(input: {from: \"" + org + "\", type: \"MEMBER_OF\", to: \"org:iom\", citations: [{reference: \"ref:un-m49\"}], reason: \"t\"}) { revision } }");

        DocumentContext refused = asEditor("mutation { deleteEntity(input: {id: \"" + org + "\", expectedVersion: 1, reason: \"t\"}) { userErrors { code message } } }");
        assertThat((String) refused.read("$.data.deleteEntity.userErrors[0].message")).contains("has 1 relation(s)", "deleteRelations: true");
        DocumentContext deleted = asEditor("mutation { deleteEntity(input: {id: \"" + org + "\", expectedVersion: 1, deleteRelations: true, reason: \"t\"}) { deletedId revision } }");
        assertThat((String) deleted.read("$.data.deleteEntity.deletedId")).isEqualTo(org);
        DocumentContext relationHistory = send("{ nodes(ids: [\"org:iom\", \"" + org + "\"]) { id } }", null);
        assertThat((String) relationHistory.read("$.errors[0].extensions.code")).isEqualTo("DELETED");
        assertThat(relationHistory.read("$.errors[0].path", List.class)).containsExactly("nodes", 1);
        assertThat((String) relationHistory.read("$.data.nodes[0].id")).isEqualTo("org:iom");
    }

    @Test
    void shouldRefuseWritesWithoutAnEditorsKeyAndChangeNothing() {
        String before = fingerprint();
        String mutation = "mutation { createEntity(input: {id: \"org:refused\", kinds: [\"Organization\"], name: \"Refused\", reason: \"t\"}) { revision } }";

        assertThat((String) send(mutation, null).read("$.errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
        assertThat((String) send(mutation, TestKeys.READER).read("$.errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(fingerprint()).isEqualTo(before);
    }
}
