package org.migrationgraph.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the full-text query from what a person typed. The user's text is never passed through
 * as Lucene syntax: it is folded (case, accents) like the index, cut into words, and each word
 * becomes "exact, or as a prefix, or (for longer words) one typo away", and must match.
 * English stop words are dropped by the index analyzer, so a required "of" could never match:
 * they become optional prefixes instead, which also keeps "In" useful while typing "International".
 */
final class LuceneQuery {

    private static final int FUZZY_MIN_LENGTH = 5;
    /** Lucene's English stop set, which the standard-folding analyzer removes at index time. */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their",
            "then", "there", "these", "they", "this", "to", "was", "will", "with");

    private LuceneQuery() {
    }

    /** The Lucene query, or an empty string when the text holds no searchable word. */
    static String from(String text) {
        return words(text).stream().map(LuceneQuery::clause).collect(Collectors.joining(" "));
    }

    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('\u2019', '\'')
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}'.]+"))
                .map(w -> w.replaceAll("^['.]+|['.]+$", ""))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    private static String clause(String word) {
        String exact = escape(word);
        if (STOP_WORDS.contains(word)) {
            return exact + "*";
        }
        String clause = exact + "^4 OR " + exact + "*";
        if (word.length() >= FUZZY_MIN_LENGTH) {
            clause += " OR " + exact + "~1";
        }
        return "+(" + clause + ")";
    }

    /** Words keep only letters, digits, apostrophes and dots; the last two are escaped to be safe. */
    private static String escape(String word) {
        return word.replace("'", "\\'").replace(".", "\\.");
    }
}
