package org.migrationgraph.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.migrationgraph.change.GraphChanges;
import org.migrationgraph.reads.GraphReads;
import org.springframework.stereotype.Component;

/**
 * Which words the full-text index holds as typed, remembered until the graph changes. Asking the
 * index costs a search over every entity holding the word (1.3 ms for a word in 600,000
 * entities), while the answer changes only with a write, so each word is asked once per graph
 * generation ({@link GraphChanges}, which also moves on for other instances' writes).
 */
@Component
class WordsInIndex {

    /** Words remembered at most; a search asks about twelve at most. */
    private static final int REMEMBERED = 10_000;

    /**
     * One row per word the index holds in any field (each lookup still reads every entity that
     * holds the word: the limit bounds the rows, not the work). A term alone, not a prefix too: a
     * prefix query reads every term that starts so, up to 6 ms a word on a million entities.
     */
    private static final String HELD = """
            UNWIND $words AS word
            CALL db.index.fulltext.queryNodes('entity_search', word.lucene, {limit: 1}) YIELD node
            RETURN word.word AS word
            """;

    private record Known(boolean held, long generation) {
    }

    private final GraphReads reads;
    private final GraphChanges changes;
    private final Cache<String, Known> known = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    WordsInIndex(GraphReads reads, GraphChanges changes) {
        this.reads = reads;
        this.changes = changes;
    }

    /** Those of {@code words} the index holds as typed, asking it only about words not known for this graph. */
    Set<String> held(List<String> words) {
        long generation = changes.generation();
        Set<String> held = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String word : words) {
            Known k = known.getIfPresent(word);
            if (k == null || k.generation() != generation) {
                unknown.add(word);
            } else if (k.held()) {
                held.add(word);
            }
        }
        if (!unknown.isEmpty()) {
            Set<String> found = ask(unknown);
            unknown.forEach(w -> known.put(w, new Known(found.contains(w), generation)));
            held.addAll(found);
        }
        return held;
    }

    private Set<String> ask(List<String> words) {
        List<Map<String, Object>> rows = words.stream()
                .map(w -> Map.<String, Object>of("word", w, "lucene", LuceneQuery.asTyped(w))).toList();
        return Set.copyOf(reads.list(HELD, Map.of("words", rows), r -> r.get("word").asString()));
    }
}
