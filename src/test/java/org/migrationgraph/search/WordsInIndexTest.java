package org.migrationgraph.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.change.GraphChange;
import org.migrationgraph.change.GraphChanges;
import org.migrationgraph.reads.GraphReads;

/**
 * The index is asked about a word once per graph generation, whether it held it or not. The
 * reads are mocked and answer for the words in {@link #HELD}; SearchIT and SearchAfterWritesIT
 * ask the real index.
 */
class WordsInIndexTest {

    private static final List<String> HELD = List.of("migration", "australia");

    private final GraphReads reads = mock(GraphReads.class);
    private final GraphChanges changes = new GraphChanges();
    private final WordsInIndex words = new WordsInIndex(reads, changes);
    private final List<List<String>> asked = new ArrayList<>();

    WordsInIndexTest() {
        given(reads.list(anyString(), any(), any())).willAnswer(call -> {
            Map<String, Object> parameters = call.getArgument(1);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) parameters.get("words");
            List<String> words = rows.stream().map(r -> (String) r.get("word")).toList();
            asked.add(words);
            return words.stream().filter(HELD::contains).toList();
        });
    }

    @Test
    void shouldAnswerWhichWordsTheIndexHolds() {
        assertThat(words.held(List.of("migration", "phillipines"))).containsExactly("migration");
    }

    @Test
    void shouldAskOnlyAboutWordsNotYetKnownForThisGraph() {
        words.held(List.of("migration", "phillipines"));
        assertThat(words.held(List.of("phillipines", "migration", "australia"))).containsExactlyInAnyOrder("migration", "australia");
        assertThat(asked).containsExactly(List.of("migration", "phillipines"), List.of("australia"));
    }

    @Test
    void shouldAskAgainOnceTheGraphChanged() {
        words.held(List.of("phillipines"));
        changes.invalidate();
        words.held(List.of("phillipines"));
        changes.publish(new GraphChange(List.of("org:x"), List.of(), "test", 7, "2026-12-07T00:00:00Z"));
        words.held(List.of("phillipines"));
        assertThat(asked).containsExactly(List.of("phillipines"), List.of("phillipines"), List.of("phillipines"));
    }

    @Test
    void shouldNotAskAboutNoWords() {
        assertThat(words.held(List.of())).isEmpty();
        verify(reads, never()).list(anyString(), any(), any());
    }
}
