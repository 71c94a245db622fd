package org.migrationgraph.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.CuratedGraphTest;

/** Following the graph's changes after a revision or a time, page by page, as an integration that copied it would. */
class ChangeFeedIT extends CuratedGraphTest {

    private static final String FEED = """
            { changes(%s) { currentRevision since resyncRequired pageInfo { hasNextPage endCursor }
              edges { cursor node { number subjectId subjectType operation version after } } } }
            """;

    private DocumentContext feed(String arguments) {
        return send(FEED.formatted(arguments), null);
    }

    private int currentRevision() {
        return feed("first: 1").read("$.data.changes.currentRevision");
    }

    @Test
    void theChangesAfterARevisionComeOldestFirstWithWhatTheirSubjectBecamePageByPage() {
        int before = currentRevision();
        String org = unique("org");
        asEditor("mutation { createEntity(input: {id: \"" + org + "\", kinds: [\"Organization\"], name: \"Feed " + org
                + "\", reason: \"test: feed\"}) { revision } }");
        asEditor("mutation { updateEntity(input: {id: \"" + org + "\", expectedVersion: 1, description: \"Changed.\", reason: \"test: feed\"}) { revision } }");
        asEditor("mutation { createRelation(input: {from: \"" + org + "\", type: \"MEMBER_OF\", to: \"org:un\", citations: [{reference: \"ref:un-m49\"}], "
                + "reason: \"test: feed\"}) { revision } }");

        DocumentContext first = feed("since: " + before + ", first: 2");
        List<Map<String, Object>> page = first.read("$.data.changes.edges[*].node");
        assertThat(page).extracting(n -> n.get("operation")).containsExactly("CREATE", "UPDATE");
        assertThat(page).extracting(n -> n.get("subjectId")).containsOnly(org);
        assertThat((String) page.get(1).get("after")).contains("Changed.");
        assertThat((Boolean) first.read("$.data.changes.pageInfo.hasNextPage")).isTrue();
        assertThat((Boolean) first.read("$.data.changes.resyncRequired")).isFalse();

        DocumentContext second = feed("since: " + before + ", first: 2, after: \"" + first.read("$.data.changes.pageInfo.endCursor") + "\"");
        List<Map<String, Object>> rest = second.read("$.data.changes.edges[*].node");
        assertThat(rest).singleElement().satisfies(n -> {
            assertThat(n.get("subjectType")).isEqualTo("RELATION");
            assertThat(n.get("subjectId")).isEqualTo(org + "-MEMBER_OF->org:un");
        });
        assertThat((Boolean) second.read("$.data.changes.pageInfo.hasNextPage")).isFalse();
        assertThat((Integer) second.read("$.data.changes.currentRevision")).isEqualTo(before + 3);
    }

    @Test
    void aTimeMeansTheChangesMadeFromThenOnAndTheSeedLoadAsksForACopy() {
        String org = unique("org");
        asEditor("mutation { createEntity(input: {id: \"" + org + "\", kinds: [\"Organization\"], name: \"Today " + org
                + "\", reason: \"test: feed\"}) { revision } }");

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        List<String> subjects = allSubjects("sinceTime: \"" + today + "\"");
        assertThat(subjects).contains(org);
        assertThat(allSubjects("sinceTime: \"" + LocalDate.now(ZoneOffset.UTC).plusDays(1) + "\"")).isEmpty();
        assertThat((Boolean) feed("since: 0, first: 1").read("$.data.changes.resyncRequired"))
                .as("the seed was loaded after revision 0").isTrue();
    }

    @Test
    void followingADayOfChangesTakesOnePageRequestPerThousand() {
        int before = currentRevision();
        String prefix = unique("org");
        int batches = 10;
        int perBatch = 50;
        for (int b = 0; b < batches; b++) {
            int batch = b;
            String changes = IntStream.range(0, perBatch).mapToObj(i -> "{createEntity: {id: \"" + prefix + "-" + batch + "-" + i
                    + "\", kinds: [\"Organization\"], name: \"Bulk " + prefix + " " + batch + " " + i + "\", reason: \"test: a day\"}}")
                    .collect(Collectors.joining(", "));
            asEditor("mutation { applyChanges(changes: [" + changes + "]) { revision } }");
        }
        long start = System.nanoTime();
        List<String> followed = new ArrayList<>();
        int requests = 0;
        String after = null;
        do {
            DocumentContext page = feed("since: " + before + ", first: 1000" + (after == null ? "" : ", after: \"" + after + "\""));
            requests++;
            followed.addAll(page.read("$.data.changes.edges[*].node.subjectId"));
            after = page.read("$.data.changes.pageInfo.hasNextPage") ? page.read("$.data.changes.pageInfo.endCursor") : null;
        } while (after != null);
        double millis = (System.nanoTime() - start) / 1e6;
        System.out.printf("Followed %d changes (%d revisions) in %d request(s), %.0f ms%n", followed.size(), batches, requests, millis);
        assertThat(followed).hasSize(batches * perBatch).allSatisfy(id -> assertThat(id).startsWith(prefix));
    }

    @Test
    void badArgumentsAreRefusedWithAFix() {
        assertThat(feed("since: 1, sinceTime: \"2026-01-01\"").jsonString()).contains("BAD_USER_INPUT", "not both");
        assertThat(feed("sinceTime: \"yesterday\"").jsonString()).contains("ISO date");
        assertThat(feed("after: \"nonsense\"").jsonString()).contains("not a cursor");
        assertThat(feed("first: 0").jsonString()).contains("1 to 1000");
    }

    private List<String> allSubjects(String arguments) {
        List<String> subjects = new ArrayList<>();
        String after = null;
        do {
            DocumentContext page = feed(arguments + ", first: 1000" + (after == null ? "" : ", after: \"" + after + "\""));
            subjects.addAll(page.read("$.data.changes.edges[*].node.subjectId"));
            after = page.read("$.data.changes.pageInfo.hasNextPage") ? page.read("$.data.changes.pageInfo.endCursor") : null;
        } while (after != null);
        return subjects;
    }
}
