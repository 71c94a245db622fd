package org.migrationgraph.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.migrationgraph.generate.Anchors.Named;

class SyntheticGraphTest {

    /** Anchors of a seed-like shape, none of them in any store. */
    static final Anchors ANCHORS = Anchors.from(Map.of(
            "MemberState", IntStream.range(0, 193).mapToObj(i -> new Named(String.format("state:S%03d", i), "State " + i)).toList(),
            "Organization", List.of(new Named("org:iom", "International Organization for Migration"), new Named("org:network", "United Nations Network on Migration"),
                    new Named("org:ilo", "International Labour Organization")),
            "Group", List.of(new Named("group:champions", "Champion countries")),
            "Topic", IntStream.range(0, 20).mapToObj(i -> new Named("topic:t" + i, "Topic " + i)).toList(),
            "Framework", List.of(new Named("framework:gcm", "Global Compact for Migration"))));

    @Test
    void shouldMakeTheSameRowsForTheSameSeedNumberWhateverTheChunks() {
        Chunk whole = new SyntheticGraph(ANCHORS, 7).documents(0, 40);
        Chunk first = new SyntheticGraph(ANCHORS, 7).documents(0, 25);
        Chunk rest = new SyntheticGraph(ANCHORS, 7).documents(25, 40);

        assertThat(concat(first.relations(), rest.relations())).isEqualTo(whole.relations());
        assertThat(concat(first.entities(), rest.entities())).isEqualTo(whole.entities());
        assertThat(new SyntheticGraph(ANCHORS, 8).documents(0, 40).relations()).isNotEqualTo(whole.relations());
    }

    @Test
    void shouldCiteEveryEntityAndRelationWithASentenceOfItsParagraph() {
        Chunk chunk = new SyntheticGraph(ANCHORS, 1).documents(0, 200);
        Map<String, String> texts = new HashMap<>();
        chunk.paragraphs().forEach(p -> texts.put((String) p.get("id"), (String) props(p).get("text")));

        for (Map<String, Object> row : concat(chunk.entities(), chunk.relations())) {
            List<?> paragraphs = (List<?>) props(row).get("citedParagraphs");
            List<?> quotes = (List<?>) props(row).get("citedQuotes");
            assertThat(paragraphs).as("%s is cited", props(row).get("id")).hasSize(1);
            assertThat(texts.get((String) paragraphs.get(0))).as("the paragraph says %s", quotes.get(0)).contains((String) quotes.get(0));
        }
    }

    @Test
    void shouldLinkOnlyEntitiesThatExistAndHaveAboutTheSeedsShape() {
        Chunk chunk = new SyntheticGraph(ANCHORS, 1).documents(0, 700);
        Set<String> known = new HashSet<>();
        chunk.entities().forEach(e -> known.add((String) e.get("id")));
        ANCHORS.states().forEach(n -> known.add(n.id()));
        ANCHORS.organizations().forEach(n -> known.add(n.id()));
        ANCHORS.bodies().forEach(n -> known.add(n.id()));
        ANCHORS.topics().forEach(n -> known.add(n.id()));

        chunk.relations().forEach(r -> assertThat(known).contains((String) r.get("from"), (String) r.get("to")));
        double perDocument = chunk.entities().size() / 700.0;
        assertThat(perDocument).isCloseTo(SyntheticGraph.ENTITIES_PER_DOCUMENT, org.assertj.core.data.Offset.offset(0.1));
        assertThat(chunk.relations().size() / (double) chunk.entities().size()).isBetween(3.0, 4.0);
        long concerningTheCompact = chunk.relations().stream().filter(r -> "CONCERNS".equals(r.get("type")) && "framework:gcm".equals(r.get("to"))).count();
        long concerning = chunk.relations().stream().filter(r -> "CONCERNS".equals(r.get("type"))).count();
        // A third straight to the hub, and a 21st of the others (the hub is also one of the 21 topics and frameworks).
        assertThat(concerningTheCompact / (double) concerning).as("the hub's share").isBetween(0.33, 0.40);
        assertThat(chunk.relations().stream().map(r -> props(r).get("id")).distinct().count()).as("relation ids are unique").isEqualTo(chunk.relations().size());
    }

    @Test
    void shouldRoundAnEntityCountToWholeDocuments() {
        assertThat(SyntheticGraph.documentsFor(1_000_000)).isEqualTo(Math.round(1_000_000 / SyntheticGraph.ENTITIES_PER_DOCUMENT));
        assertThat(SyntheticGraph.documentsFor(3)).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> row) {
        return (Map<String, Object>) row.get("props");
    }

    private static List<Map<String, Object>> concat(List<Map<String, Object>> a, List<Map<String, Object>> b) {
        List<Map<String, Object>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
