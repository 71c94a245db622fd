package org.migrationgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.jayway.jsonpath.DocumentContext;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.migrationgraph.change.GraphChanges;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.testsupport.CuratedGraphTest;
import org.migrationgraph.validtime.ValidTime;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Degree tallies patched for curated writes give what counting every entity gives, write after
 * write: a relation added to a tallied hub, a neighbour of the hub dated anew (only the neighbour
 * touched), the undated neighbours of an entity left out dated anew (only they touched, and its
 * dated relations now outrank the first left out), another new entity left out with dated
 * relations, a relation and an entity deleted. Each way of counting, with a few entities tallied
 * and with all.
 */
class DegreeTalliesPatchedIT extends CuratedGraphTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    GraphReads reads;
    @Autowired
    GraphChanges changes;
    @Autowired
    MostConnectedRepository repository;
    @Autowired
    MostConnectedTallies tallies;
    private int talliedAgain;

    private static List<ValidTime> windows() {
        Map<String, Object> period = new HashMap<>();
        period.put("from", "2018");
        period.put("to", "2019-06");
        return List.of(ValidTime.ALWAYS, ValidTime.of("2019-12-31", null, null), ValidTime.of("2019-12-31", null, "EXCLUDE"),
                ValidTime.of("2022", null, "EXCLUDE"), ValidTime.of(null, period, null));
    }

    @Test
    void patchedTalliesGiveWhatCountingEveryEntityGivesWriteAfterWrite() {
        List<DegreeTallies> current = new ArrayList<>();
        for (DegreeTallies.Counted counted : DegreeTallies.Counted.values()) {
            for (int tallied : List.of(3, 5, 10_000)) {
                current.add(DegreeTallies.tally(reads, changes.generation(), counted, tallied, TIMEOUT));
            }
        }
        Map<DegreeTallies.Counted, Integer> answered = new HashMap<>();
        String hub = "org:un";
        String neighbour = meeting("2019-05");
        String linked = link(neighbour, hub, null);
        current = patched(current, "a new meeting related to a tallied hub", answered);

        update(neighbour, 1, "2021-05");
        current = patched(current, "the hub's neighbour dated anew", answered);

        String dating = meeting("2019-02");
        List<String> undated = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            undated.add(organization());
            link(dating, undated.get(i), "2019");
        }
        current = patched(current, "a meeting with dated relations to undated organizations", answered);
        for (String organization : undated) {
            date(organization, "2018-05");
        }
        current = patched(current, "the organizations dated, only they touched: the meeting left out now has 5 dated relations", answered);

        String outranking = meeting("2019-03");
        for (int i = 0; i < 4; i++) {
            link(outranking, meeting("2018-0" + (i + 1)), "2019");
        }
        current = patched(current, "a new meeting left out with 4 dated relations", answered);

        delete("deleteRelation(input: {id: \"" + linked + "\", expectedVersion: 1, reason: \"test\"})");
        current = patched(current, "a relation deleted", answered);

        delete("deleteEntity(input: {id: \"" + outranking + "\", expectedVersion: 1, deleteRelations: true, reason: \"test\"})");
        patched(current, "an entity and its relations deleted", answered);

        assertThat(answered).as("each way of counting answered from patched tallies")
                .containsOnlyKeys(DegreeTallies.Counted.values()).allSatisfy((counted, n) -> assertThat(n).isPositive());
        assertThat(talliedAgain).as("steps whose writes were not all known in detail, of 7").isLessThanOrEqualTo(1);
    }

    /** The service patches its tallies after a curated write rather than tallying every relation again, and a request waits for that. */
    @Test
    void theServicePatchesItsTalliesAfterACuratedWrite() {
        Awaitility.await().atMost(TIMEOUT).until(() -> tallies.now(ValidTime.of("2022", null, "EXCLUDE"))
                .filter(made -> made.counted() == DegreeTallies.Counted.DATED_RELATIONS).isPresent());

        int patchedWrites = 0;
        for (int write = 0; write < 3; write++) {
            link(meeting("2019-05"), "org:un", null);

            // Asked at once, it waits for the patch under way rather than counting in the graph.
            Optional<DegreeTallies> every = tallies.now(ValidTime.ALWAYS);
            patchedWrites += every.filter(made -> made.generation() == changes.generation() && made.talliedAt() < made.generation())
                    .isPresent() ? 1 : 0;
            assertThat(repository.mostConnected(3, ValidTime.ALWAYS, null)).isEqualTo(repository.overEveryEntity(3, ValidTime.ALWAYS, null));
            Awaitility.await().atMost(TIMEOUT).until(() -> tallies.now(ValidTime.of("2022", null, "EXCLUDE"))
                    .filter(made -> made.counted() == DegreeTallies.Counted.DATED_RELATIONS).isPresent());
        }
        // A generation not known in detail in between (an invalidation) has them tallied in full instead, which is right too.
        assertThat(patchedWrites).as("writes whose tallies were patched and waited for, of 3").isGreaterThanOrEqualTo(2);
    }

    /**
     * Each tallies patched for what the writes since them touched, every answer they give checked
     * against counting every entity. A generation not known in detail (an invalidation, which the
     * service meets by tallying in full) has them tallied again, at most once in the test.
     */
    private List<DegreeTallies> patched(List<DegreeTallies> before, String after, Map<DegreeTallies.Counted, Integer> answered) {
        long now = changes.generation();
        List<DegreeTallies> patched = new ArrayList<>();
        boolean known = changes.touched(before.get(0).generation(), now).isPresent();
        talliedAgain += known ? 0 : 1;
        for (DegreeTallies tallies : before) {
            Optional<Set<String>> touched = changes.touched(tallies.generation(), now);
            DegreeTallies made = known && touched.isPresent() ? tallies.patched(reads, now, touched.get(), TIMEOUT)
                    : DegreeTallies.tally(reads, now, tallies.counted(), tallies.size() > 100 ? 10_000 : tallies.size(), TIMEOUT);
            for (ValidTime window : windows().stream().filter(made.counted()::answers).toList()) {
                for (int limit : List.of(1, 3, 10)) {
                    var fromTallies = repository.fromTallies(made, limit, window);
                    if (fromTallies.isPresent()) {
                        answered.merge(made.counted(), 1, Integer::sum);
                        assertThat(fromTallies.get()).as("after %s: %s, %d tallied, %s, limit %d", after, made.counted(), made.size(),
                                window, limit).isEqualTo(repository.overEveryEntity(limit, window, null));
                    }
                }
            }
            patched.add(made);
        }
        return patched;
    }

    private String meeting(String date) {
        String id = unique("meeting");
        written(asEditor("""
                mutation { createEntity(input: {id: "%s", kinds: ["Meeting"], name: "Meeting %s", properties: [{key: "date", value: "%s"}],
                  reason: "test"}) { revision userErrors { message } } }""".formatted(id, id, date)), "createEntity");
        return id;
    }

    private String organization() {
        String id = unique("org");
        written(asEditor("""
                mutation { createEntity(input: {id: "%s", kinds: ["Organization"], name: "Organization %s", reason: "test"}) {
                  revision userErrors { message } } }""".formatted(id, id)), "createEntity");
        return id;
    }

    private void date(String organization, String since) {
        written(asEditor("""
                mutation { updateEntity(input: {id: "%s", expectedVersion: 1, setProperties: [{key: "startDate", value: "%s"}], reason: "test"}) {
                  revision userErrors { message } } }""".formatted(organization, since)), "updateEntity");
    }

    private String link(String from, String to, String since) {
        String properties = since == null ? "" : ", properties: [{key: \"since\", value: \"%s\"}]".formatted(since);
        DocumentContext answer = asEditor("""
                mutation { createRelation(input: {from: "%s", type: "MEMBER_OF", to: "%s"%s, citations: [{reference: "ref:un-m49"}],
                  reason: "test"}) { relation { id } revision userErrors { message } } }""".formatted(from, to, properties));
        written(answer, "createRelation");
        return answer.read("$.data.createRelation.relation.id");
    }

    private void update(String id, int version, String date) {
        written(asEditor("""
                mutation { updateEntity(input: {id: "%s", expectedVersion: %d, setProperties: [{key: "date", value: "%s"}], reason: "test"}) {
                  revision userErrors { message } } }""".formatted(id, version, date)), "updateEntity");
    }

    private void delete(String mutation) {
        written(asEditor("mutation { " + mutation + " { revision userErrors { message } } }"), mutation.substring(0, mutation.indexOf('(')));
    }

    private static void written(DocumentContext answer, String field) {
        assertThat(answer.jsonString()).doesNotContain("\"errors\"");
        assertThat(answer.read("$.data." + field + ".userErrors", List.class)).as(answer.jsonString()).isEmpty();
    }
}
