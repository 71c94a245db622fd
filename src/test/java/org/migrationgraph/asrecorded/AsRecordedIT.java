package org.migrationgraph.asrecorded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.CuratedGraphTest;

/**
 * The graph as recorded at a moment, rebuilt from history: a relation changed and then deleted,
 * and the entity at its other end renamed, read as recorded before and after each change, alone
 * and together with valid time ("what did the graph say then about what held when").
 */
class AsRecordedIT extends CuratedGraphTest {

    private String newOrganization(String name) {
        String id = unique("org");
        asEditor("""
                mutation { createEntity(input: {id: "%s", kinds: ["Organization"], name: "%s", reason: "test"}) { revision } }
                """.formatted(id, name));
        return id;
    }

    /**
     * When the graph recorded the latest change of an entity or relation, as its history says: a
     * moment that holds that change and none made after it.
     */
    private String recordedAt(String field, String id) {
        return send("{ %s(id: \"%s\") { history(first: 1) { edges { node { at } } } } }".formatted(field, id), null)
                .read("$.data." + field + ".history.edges[0].node.at", String.class);
    }

    /** The member joins the body since 2019, then a correction says 2021: the moment between the two writes. */
    private String memberSince2019ThenCorrectedTo2021(String member, String body) {
        asEditor("""
                mutation { createRelation(input: {from: "%s", type: "MEMBER_OF", to: "%s", properties: [{key: "since", value: "2019"}],
                  citations: [{reference: "ref:un-m49"}], reason: "test"}) { revision } }""".formatted(member, body));
        String created = recordedAt("relation", member + "-MEMBER_OF->" + body);
        asEditor("""
                mutation { updateRelation(input: {id: "%s-MEMBER_OF->%s", expectedVersion: 1, setProperties: [{key: "since", value: "2021"}],
                  reason: "a later source"}) { revision } }""".formatted(member, body));
        return created;
    }

    /** The entity gets a new name, then the relation (at its second version) is deleted. */
    private void renameThenWithdraw(String entity, String name, String relation) {
        asEditor("""
                mutation { updateEntity(input: {id: "%s", expectedVersion: 1, name: "%s", reason: "renamed"}) { revision } }""".formatted(entity, name));
        asEditor("""
                mutation { deleteRelation(input: {id: "%s", expectedVersion: 2, reason: "withdrawn"}) { revision } }""".formatted(relation));
    }

    private DocumentContext relations(String id, String asRecordedOn, String asOf) {
        return send("""
                { entity(id: "%s", asRecordedOn: %s) { name
                    relations(asOf: %s) { totalCount edges { id version node { id name } properties { key value } } } } }
                """.formatted(id, asRecordedOn == null ? "null" : "\"" + asRecordedOn + "\"", asOf == null ? "null" : "\"" + asOf + "\""), null);
    }

    @Test
    void aRelationReadsAsItWasRecordedBeforeAndAfterEachChange() {
        String member = newOrganization("Member before");
        String body = newOrganization("Body before");
        String id = member + "-MEMBER_OF->" + body;
        String created = memberSince2019ThenCorrectedTo2021(member, body);
        String updated = recordedAt("relation", id);
        renameThenWithdraw(body, "Body after", id);
        String newestOrganization = newOrganization("Newest");

        assertThat(relations(member, null, null).read("$.data.entity.relations.edges", List.class)).isEmpty();
        DocumentContext atCreation = relations(member, created, null);
        assertThat(atCreation.read("$.data.entity.relations.edges[*].id", List.class)).containsExactly(id);
        assertThat(atCreation.read("$.data.entity.relations.edges[0].properties[?(@.key == 'since')].value", List.class)).containsExactly("2019");
        assertThat((Integer) atCreation.read("$.data.entity.relations.edges[0].version")).isEqualTo(1);
        assertThat((Integer) atCreation.read("$.data.entity.relations.totalCount")).isEqualTo(1);
        DocumentContext afterUpdate = relations(member, updated, null);
        assertThat(afterUpdate.read("$.data.entity.relations.edges[0].properties[?(@.key == 'since')].value", List.class)).containsExactly("2021");
        assertThat((String) afterUpdate.read("$.data.entity.relations.edges[0].node.name")).isEqualTo("Body before");
        assertThat((String) relations(body, updated, null).read("$.data.entity.name")).isEqualTo("Body before");
        assertThat((String) relations(body, null, null).read("$.data.entity.name")).isEqualTo("Body after");

        String neighbourhood = "{ neighborhood(id: \"%s\", asRecordedOn: %s) { nodes { id name } edges { id } } }";
        DocumentContext recorded = send(neighbourhood.formatted(member, "\"" + updated + "\""), null);
        assertThat(recorded.read("$.data.neighborhood.nodes[*].name", List.class)).containsExactlyInAnyOrder("Member before", "Body before");
        assertThat(recorded.read("$.data.neighborhood.edges[*].id", List.class)).containsExactly(id);
        DocumentContext current = send(neighbourhood.formatted(member, "null"), null);
        assertThat(current.read("$.data.neighborhood.nodes[*].id", List.class)).containsExactly(member);
        assertThat(current.read("$.data.neighborhood.edges", List.class)).isEmpty();

        String network = "{ network(kinds: [\"Organization\"], asRecordedOn: %s) { nodes { id name } edges { id } } }";
        DocumentContext recordedNetwork = send(network.formatted("\"" + updated + "\""), null);
        assertThat(recordedNetwork.read("$.data.network.nodes[?(@.id == '" + body + "')].name", List.class)).containsExactly("Body before");
        assertThat(recordedNetwork.read("$.data.network.edges[*].id", List.class)).contains(id);
        DocumentContext currentNetwork = send(network.formatted("null"), null);
        assertThat(currentNetwork.read("$.data.network.nodes[?(@.id == '" + body + "')].name", List.class)).containsExactly("Body after");
        assertThat(currentNetwork.read("$.data.network.edges[*].id", List.class)).doesNotContain(id);
        assertThat(send(network.formatted("\"" + created + "\""), null).read("$.data.network.nodes[*].id", List.class))
                .as("entities created later are not in the network as recorded earlier").doesNotContain(newestOrganization);
    }

    /** Recorded at creation, the membership held from 2019; recorded after the correction, from 2021: in 2020 it held only by the first. */
    @Test
    void bothTimesTogetherSayWhatTheGraphSaidThenAboutWhatHeldWhen() {
        String member = newOrganization("Member");
        String body = newOrganization("Body");
        String id = member + "-MEMBER_OF->" + body;
        String created = memberSince2019ThenCorrectedTo2021(member, body);

        assertThat(relations(member, created, "2020").read("$.data.entity.relations.edges[*].id", List.class)).containsExactly(id);
        assertThat(relations(member, null, "2020").read("$.data.entity.relations.edges", List.class)).isEmpty();
        assertThat(relations(member, null, "2022").read("$.data.entity.relations.edges[*].id", List.class)).containsExactly(id);
    }

    /**
     * Lists, paths, the timeline, counts and exports answer as recorded too: an organization is
     * linked to another, then renamed, the link deleted and a meeting added; as recorded when the
     * link was made, each answer has the link and the old name and not the meeting.
     */
    @Test
    void listsPathsTimelineStatsAndExportsAnswerAsRecorded() throws Exception {
        String member = newOrganization("Listed before");
        String body = newOrganization("Linked body");
        String id = member + "-MEMBER_OF->" + body;
        memberSince2019ThenCorrectedTo2021(member, body);
        String updated = recordedAt("relation", id);
        DocumentContext statsThen = send("{ stats { entities relations } }", null);
        renameThenWithdraw(member, "Listed after", id);
        String meeting = unique("meeting");
        asEditor("""
                mutation { createEntity(input: {id: "%s", kinds: ["Meeting"], name: "A later meeting", properties: [{key: "date", value: "2031-05-04"}],
                  reason: "test"}) { revision } }""".formatted(meeting));
        String at = "\"" + updated + "\"";

        String list = "{ entities(where: {id: {in: [\"%s\", \"%s\"]}}, orderBy: [{field: ID}], asRecordedOn: %s) { totalCount nodes { id name "
                + "relations { edges { id } } } } }";
        DocumentContext listThen = send(list.formatted(member, meeting, at), null);
        assertThat(listThen.read("$.data.entities.nodes[*].name", List.class)).containsExactly("Listed before");
        assertThat((Integer) listThen.read("$.data.entities.totalCount")).isEqualTo(1);
        assertThat(listThen.read("$.data.entities.nodes[0].relations.edges[*].id", List.class))
                .as("a listed entity's relations are read from the list's moment").containsExactly(id);
        DocumentContext listNow = send(list.formatted(member, meeting, "null"), null);
        assertThat(listNow.read("$.data.entities.nodes[*].name", List.class)).containsExactlyInAnyOrder("Listed after", "A later meeting");

        String path = "{ shortestPath(from: \"%s\", to: \"%s\", asRecordedOn: %s) { length edges { id } } }";
        assertThat(send(path.formatted(member, body, at), null).read("$.data.shortestPath.edges[*].id", List.class)).containsExactly(id);
        assertThat((Object) send(path.formatted(member, body, "null"), null).read("$.data.shortestPath")).isNull();
        String all = "{ allShortestPaths(from: \"%s\", to: \"%s\", asRecordedOn: %s) { length } }";
        assertThat(send(all.formatted(member, body, at), null).read("$.data.allShortestPaths[*].length", List.class)).containsExactly(1);

        String timeline = "{ timeline(from: \"2031\", asRecordedOn: %s) { entity { id } } }";
        assertThat(send(timeline.formatted(at), null).read("$.data.timeline[*].entity.id", List.class)).doesNotContain(meeting);
        assertThat(send(timeline.formatted("null"), null).read("$.data.timeline[*].entity.id", List.class)).contains(meeting);
        String pages = "{ timelineItems(from: \"2031\", first: 100, asRecordedOn: %s) { totalCount nodes { entity { id } } } }";
        DocumentContext pageThen = send(pages.formatted(at), null);
        assertThat(pageThen.read("$.data.timelineItems.nodes[*].entity.id", List.class)).doesNotContain(meeting);
        assertThat((Integer) pageThen.read("$.data.timelineItems.totalCount")).as("counted as recorded too")
                .isEqualTo(send(timeline.formatted(at), null).read("$.data.timeline.length()", Integer.class));
        DocumentContext pageNow = send(pages.formatted("null"), null);
        assertThat(pageNow.read("$.data.timelineItems.nodes[*].entity.id", List.class)).contains(meeting);
        assertThat((Integer) pageNow.read("$.data.timelineItems.totalCount")).isEqualTo(pageThen.read("$.data.timelineItems.totalCount", Integer.class) + 1);

        DocumentContext statsRecorded = send("{ stats(asRecordedOn: %s) { entities relations mostConnected(limit: 100) { entity { id } } } }".formatted(at), null);
        assertThat((Integer) statsRecorded.read("$.data.stats.entities")).isEqualTo(statsThen.read("$.data.stats.entities", Integer.class));
        assertThat((Integer) statsRecorded.read("$.data.stats.relations")).isEqualTo(statsThen.read("$.data.stats.relations", Integer.class));
        DocumentContext statsNow = send("{ stats { entities relations } }", null);
        assertThat((Integer) statsNow.read("$.data.stats.entities")).isEqualTo(statsThen.read("$.data.stats.entities", Integer.class) + 1);
        assertThat((Integer) statsNow.read("$.data.stats.relations")).isEqualTo(statsThen.read("$.data.stats.relations", Integer.class) - 1);

        String edges = "/export/edges.csv?around=" + member;
        assertThat(get(edges + "&asRecordedOn=" + java.net.URLEncoder.encode(updated, java.nio.charset.StandardCharsets.UTF_8)))
                .contains(id + "," + member + "," + body + ",MEMBER_OF");
        assertThat(get(edges)).doesNotContain(id);
        assertThat(get("/export/nodes.csv?kind=Organization&asRecordedOn=" + java.net.URLEncoder.encode(updated, java.nio.charset.StandardCharsets.UTF_8)))
                .contains("Listed before").doesNotContain("Listed after");
        assertThat(get("/export/nodes.csv?asRecordedOn=last-week")).contains("BAD_USER_INPUT", "'asRecordedOn' is 'last-week'");
    }

    /**
     * Reads as recorded undo revisions inside their own transactions: many at once, alongside
     * writes to the same entity, all answer, every write lands, and nothing they undid is kept.
     */
    @Test
    void readsAsRecordedRunAlongsideWritesToTheSameEntitiesAndKeepNothing() throws Exception {
        String member = newOrganization("Concurrent 0");
        String moment = recordedAt("entity", member);
        asEditor("""
                mutation { updateEntity(input: {id: "%s", expectedVersion: 1, name: "Concurrent 1", reason: "renamed"}) { revision } }""".formatted(member));
        String read = "{ entity(id: \"%s\", asRecordedOn: \"%s\") { name } stats(asRecordedOn: \"%s\") { entities } }".formatted(member, moment, moment);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<DocumentContext>> reads = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                reads.add(pool.submit(() -> send(read, null)));
            }
            for (int version = 2; version <= 4; version++) {
                DocumentContext written = asEditor("""
                        mutation { updateEntity(input: {id: "%s", expectedVersion: %d, description: "edit %d", reason: "test"}) { revision } }"""
                        .formatted(member, version, version));
                assertThat((java.util.Map<String, Object>) written.json()).as("write %d alongside the reads", version).doesNotContainKey("errors");
            }
            for (var answer : reads) {
                DocumentContext done = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat((java.util.Map<String, Object>) done.json()).doesNotContainKey("errors");
                assertThat(done.read("$.data.entity.name", String.class)).isEqualTo("Concurrent 0");
            }
        } finally {
            pool.shutdownNow();
        }
        String after = fingerprint();
        assertThat(send(read, null).read("$.data.entity.name", String.class)).isEqualTo("Concurrent 0");
        assertThat(fingerprint()).as("a read as recorded keeps nothing of what it undid").isEqualTo(after);
        DocumentContext now = send("{ entity(id: \"%s\") { name description } }".formatted(member), null);
        assertThat(now.read("$.data.entity.name", String.class)).isEqualTo("Concurrent 1");
        assertThat(now.read("$.data.entity.description", String.class)).isEqualTo("edit 4");
    }

    private String get(String pathAndQuery) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + pathAndQuery)).build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void anEntityCreatedLaterDidNotExistAndAMomentBeforeHistoryOrUnreadableIsRefused() {
        String earlier = newOrganization("Earlier");
        String before = recordedAt("entity", earlier);
        String later = newOrganization("Later");
        assertThat((Object) relations(later, before, null).read("$.data.entity")).isNull();

        DocumentContext tooEarly = relations("org:iom", "1999-01-01", null);
        assertThat(tooEarly.read("$.errors[0].extensions.code", String.class)).isEqualTo("BAD_USER_INPUT");
        assertThat(tooEarly.read("$.errors[0].message", String.class)).contains("before the graph's history begins");
        DocumentContext unreadable = relations("org:iom", "yesterday", null);
        assertThat(unreadable.read("$.errors[0].message", String.class)).contains("'asRecordedOn' is 'yesterday'", "2027-03-01T09:00:00Z");
    }
}
