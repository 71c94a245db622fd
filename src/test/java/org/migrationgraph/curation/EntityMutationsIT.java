package org.migrationgraph.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.CuratedGraphTest;

/** Creating, changing and deleting entities over HTTP, with versions, history and tombstones. */
class EntityMutationsIT extends CuratedGraphTest {

    static String create(String id, String name) {
        return """
                mutation { createEntity(input: {id: "%s", kinds: ["Meeting"], name: "%s", aliases: ["%s-alias"],
                  properties: [{key: "date", value: "2019-05"}, {key: "sequence", value: 3}],
                  citations: [{document: "doc:network-briefing-2019-12-12", paragraph: 4, quote: "the Migration Multi-Partner Trust Fund (MPTF)"}],
                  reason: "test: add it"}) {
                  entity { id name version aliases ... on Meeting { date sequence } citations { quote paragraph document { id } } }
                  revision userErrors { field message code } } }
                """.formatted(id, name, name);
    }

    @Test
    void shouldCreateAnEntityAtVersionOneWithItsCitationAndAHistoryEntry() {
        String id = unique("meeting");
        DocumentContext created = asEditor(create(id, "Created " + id));

        assertThat(created.read("$.data.createEntity.userErrors", List.class)).isEmpty();
        assertThat((Integer) created.read("$.data.createEntity.entity.version")).isEqualTo(1);
        assertThat((String) created.read("$.data.createEntity.entity.date")).isEqualTo("2019-05");
        assertThat((Integer) created.read("$.data.createEntity.entity.sequence")).isEqualTo(3);
        assertThat((String) created.read("$.data.createEntity.entity.citations[0].document.id")).isEqualTo("doc:network-briefing-2019-12-12");
        Integer revision = created.read("$.data.createEntity.revision");
        assertThat(revision).isPositive();

        DocumentContext history = send("{ entity(id: \"" + id + "\") { history { totalCount edges { node { number operation version author reason before after } } } } }", null);
        assertThat((Integer) history.read("$.data.entity.history.totalCount")).isEqualTo(1);
        Map<String, Object> entry = history.read("$.data.entity.history.edges[0].node");
        assertThat(entry).containsEntry("number", revision).containsEntry("operation", "CREATE").containsEntry("version", 1)
                .containsEntry("author", "test-editor").containsEntry("reason", "test: add it").containsEntry("before", null);
        assertThat((String) entry.get("after")).contains("\"sequence\":3", "\"name\":\"Created " + id + "\"");
    }

    @Test
    void shouldUpdateFieldsBumpTheVersionAndRecordBeforeAndAfter() {
        String id = unique("meeting");
        asEditor(create(id, "Before " + id));

        DocumentContext updated = asEditor("""
                mutation { updateEntity(input: {id: "%s", expectedVersion: 1, name: "After %s", setProperties: [{key: "sequence", value: 4}],
                  removeProperties: ["date"], reason: "test: rename"}) {
                  entity { name version ... on Meeting { sequence date } } revision userErrors { code } } }
                """.formatted(id, id));

        assertThat((String) updated.read("$.data.updateEntity.entity.name")).isEqualTo("After " + id);
        assertThat((Integer) updated.read("$.data.updateEntity.entity.version")).isEqualTo(2);
        DocumentContext history = send("{ entity(id: \"" + id + "\") { history(first: 1) { totalCount edges { node { operation fields before after } } } } }", null);
        assertThat((Integer) history.read("$.data.entity.history.totalCount")).isEqualTo(2);
        assertThat(history.read("$.data.entity.history.edges[0].node.fields", List.class))
                .containsExactly("name", "properties.date", "properties.sequence");
        assertThat((String) history.read("$.data.entity.history.edges[0].node.before")).contains("Before " + id);
        DocumentContext countAlone = send("{ entity(id: \"" + id + "\") { history { totalCount } } }", null);
        assertThat((Integer) countAlone.read("$.data.entity.history.totalCount")).as("counted without the page").isEqualTo(2);
    }

    @Test
    void shouldListAnUpdatedMeetingByItsNewDatesInDateFilters() {
        String id = unique("meeting");
        asEditor(create(id, "Dated " + id));
        String dated = "{ meetings(where: {AND: [{id: {eq: \"%s\"}}, {date: %s}]}) { totalCount } }";
        assertThat(countOf(send(dated.formatted(id, "{from: \"2019-05\", to: \"2019-05\"}"), null))).isEqualTo(1);
        assertThat(countOf(send(dated.formatted(id, "{from: \"2031\"}"), null))).isZero();

        DocumentContext updated = asEditor("""
                mutation { updateEntity(input: {id: "%s", expectedVersion: 1, setProperties: [{key: "endDate", value: "2031-02-03"}],
                  reason: "test: it runs on"}) { entity { version } userErrors { code } } }
                """.formatted(id));

        assertThat(updated.read("$.data.updateEntity.userErrors", List.class)).isEmpty();
        assertThat(countOf(send(dated.formatted(id, "{from: \"2031\"}"), null))).as("ends in 2031").isEqualTo(1);
        assertThat(countOf(send(dated.formatted(id, "{to: \"2019-05\"}"), null))).as("still starts in May 2019").isEqualTo(1);
        assertThat(countOf(send(dated.formatted(id, "{to: \"2019-04\"}"), null))).isZero();
    }

    private static int countOf(DocumentContext answer) {
        assertThat(answer.jsonString()).as("an answer without errors").doesNotContain("\"errors\"");
        return answer.read("$.data.meetings.totalCount");
    }

    @Test
    void shouldRefuseAStaleVersionWithConflictSayingWhatChangedSince() {
        String id = unique("meeting");
        asEditor(create(id, "Shared " + id));
        asEditor(renameQuery(id, 1, "First curator's name " + id));
        String before = fingerprint();

        DocumentContext stale = asEditor(renameQuery(id, 1, "Second curator's name " + id));

        assertThat((String) stale.read("$.data.updateEntity.userErrors[0].code")).isEqualTo("CONFLICT");
        assertThat(stale.read("$.data.updateEntity.userErrors[0].field", List.class)).containsExactly("input", "expectedVersion");
        assertThat((String) stale.read("$.data.updateEntity.userErrors[0].message")).contains("is at version 2", "based on version 1", "update by test-editor (name)");
        assertThat((Integer) stale.read("$.data.updateEntity.conflict.currentVersion")).isEqualTo(2);
        assertThat((String) stale.read("$.data.updateEntity.conflict.changesSince[0].reason")).isEqualTo("test: rename");
        assertThat((Object) stale.read("$.data.updateEntity.entity")).isNull();
        assertThat(fingerprint()).isEqualTo(before);
        assertThat((String) send("{ entity(id: \"" + id + "\") { name } }", null).read("$.data.entity.name")).isEqualTo("First curator's name " + id);
    }

    private static String renameQuery(String id, int version, String name) {
        return """
                mutation { updateEntity(input: {id: "%s", expectedVersion: %d, name: "%s", reason: "test: rename"}) {
                  entity { name version } userErrors { field message code } conflict { currentVersion changesSince { reason author } } } }
                """.formatted(id, version, name);
    }

    @Test
    void shouldDeleteAnEntityAndAnswerItsIdWithWhatReplacedIt() {
        String gone = unique("meeting");
        String kept = unique("meeting");
        asEditor(create(gone, "Gone " + gone));
        asEditor(create(kept, "Kept " + kept));

        DocumentContext deleted = asEditor("""
                mutation { deleteEntity(input: {id: "%s", expectedVersion: 1, replacedBy: "%s", reason: "test: merge"}) {
                  deletedId revision userErrors { code } } }
                """.formatted(gone, kept));
        assertThat((String) deleted.read("$.data.deleteEntity.deletedId")).isEqualTo(gone);

        DocumentContext lookup = send("{ entity(id: \"" + gone + "\") { id name } }", null);
        assertThat((String) lookup.read("$.data.entity.id")).as("a merged id answers what replaced it").isEqualTo(kept);
        assertThat((String) lookup.read("$.extensions.redirects[0].from")).isEqualTo(gone);
        assertThat((String) lookup.read("$.extensions.redirects[0].to")).isEqualTo(kept);
        assertThat((List<Object>) lookup.read("$.extensions.redirects[0].path")).containsExactly("entity");
        DocumentContext bulk = send("{ nodes(ids: [\"" + kept + "\", \"" + gone + "\"]) { id } }", null);
        assertThat((List<String>) bulk.read("$.data.nodes[*].id")).containsExactly(kept, kept);
        assertThat((List<Object>) bulk.read("$.extensions.redirects[0].path")).containsExactly("nodes", 1);
        DocumentContext tombstone = send("{ deletedEntity(id: \"" + gone + "\") { name replacedBy { id } history { totalCount edges { node { operation reason replacedBy } } } } }", null);
        assertThat((String) tombstone.read("$.data.deletedEntity.replacedBy.id")).isEqualTo(kept);
        assertThat((Integer) tombstone.read("$.data.deletedEntity.history.totalCount")).isEqualTo(2);
        assertThat((String) tombstone.read("$.data.deletedEntity.history.edges[0].node.operation")).isEqualTo("DELETE");

        DocumentContext reused = asEditor(create(gone, "Again " + gone));
        assertThat((String) reused.read("$.data.createEntity.userErrors[0].code")).isEqualTo("ID_TAKEN");
    }

    @Test
    void shouldFollowAChainOfMergesAndStillAnswerDeletedForAPlainDeletion() {
        String first = unique("meeting");
        String second = unique("meeting");
        String last = unique("meeting");
        String dropped = unique("meeting");
        for (String id : List.of(first, second, last, dropped)) {
            asEditor(create(id, "Name " + id));
        }
        asEditor(merge(first, second));
        asEditor(merge(second, last));
        asEditor("""
                mutation { deleteEntity(input: {id: "%s", expectedVersion: 1, reason: "test: drop"}) { deletedId } }
                """.formatted(dropped));

        DocumentContext followed = send("{ node(id: \"" + first + "\") { id } }", null);
        assertThat((String) followed.read("$.data.node.id")).isEqualTo(last);
        assertThat((String) followed.read("$.extensions.redirects[0].to")).isEqualTo(last);
        DocumentContext gone = send("{ node(id: \"" + dropped + "\") { id } }", null);
        assertThat((Object) gone.read("$.data.node")).isNull();
        assertThat((String) gone.read("$.errors[0].extensions.code")).isEqualTo("DELETED");
        assertThat(send("{ node(id: \"" + last + "\") { id } }", null).jsonString()).doesNotContain("redirects");
    }

    private static String merge(String gone, String into) {
        return """
                mutation { deleteEntity(input: {id: "%s", expectedVersion: 1, replacedBy: "%s", reason: "test: merge"}) { deletedId } }
                """.formatted(gone, into);
    }

    @Test
    void shouldRefuseAnInvalidEntityWithEveryProblemAndWriteNothing() {
        String before = fingerprint();
        DocumentContext refused = asEditor("""
                mutation { createEntity(input: {id: "Not An Id", kinds: ["Spaceship"], name: "Philippines",
                  properties: [{key: "date", value: "12/10/2019"}, {key: "seedVersion", value: "x"}],
                  citations: [{document: "doc:network-briefing-2019-12-12", paragraph: 4, quote: "words nobody wrote"}],
                  reason: "test: bad"}) { entity { id } revision userErrors { field code message } } }
                """);

        List<Map<String, Object>> errors = refused.read("$.data.createEntity.userErrors");
        assertThat(errors).extracting(e -> e.get("code")).containsExactlyInAnyOrder(
                "INVALID_PROPERTY", "INVALID_ID", "UNKNOWN_KIND", "INVALID_DATE", "QUOTE_NOT_FOUND", "NAME_COLLISION");
        assertThat(errors).anySatisfy(e -> assertThat(e.get("field")).isEqualTo(List.of("input", "citations", "0", "quote")));
        assertThat((Object) refused.read("$.data.createEntity.revision")).isNull();
        assertThat(fingerprint()).isEqualTo(before);
    }
}
