package org.migrationgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs of capitalised words, joined by "of", "on", "for", "and", "the", "to", "in": the shape of
 * a proper name ("Global Forum on Migration and Development"). Found by walking the words, not by
 * one regular expression repeating a group, which recurses once per word and overflows the stack
 * on a long capitalised paragraph.
 */
final class CapitalisedRuns {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\-’']+");
    private static final Set<String> CONNECTORS = Set.of("of", "on", "for", "and", "the", "to", "in");
    private static final Set<String> ARTICLES = Set.of("The", "A", "An");
    /** Longer runs are headings or lists, not names. */
    private static final int MAX_WORDS = 14;

    private CapitalisedRuns() {
    }

    /** A run: characters {@code [start, end)} and its text. */
    record Run(int start, int end, String text) {
    }

    /** Every run of two or more capitalised words; one opening a sentence loses its first word. */
    static List<Run> in(String text) {
        List<Run> runs = new ArrayList<>();
        List<int[]> words = words(text);
        int i = 0;
        while (i < words.size()) {
            if (!capitalised(text, words.get(i))) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            int j = i + 1;
            while (j < words.size() && j - first < MAX_WORDS && adjacent(text, words.get(j - 1), words.get(j))) {
                if (capitalised(text, words.get(j))) {
                    last = j;
                } else if (!CONNECTORS.contains(word(text, words.get(j)))) {
                    break;
                }
                j++;
            }
            if (opensSentence(text, words.get(first)) && first < last) {
                first++;
            }
            if (capitalisedCount(text, words, first, last) >= 2) {
                runs.add(run(text, words, first, last));
            }
            i = last + 1;
        }
        return runs;
    }

    /** The run that ends right before {@code end} ("... (GFMD)"), less a leading article. */
    static Optional<String> endingAt(String text, int end) {
        String before = text.substring(0, end).stripTrailing();
        List<int[]> words = words(before);
        if (words.isEmpty() || words.get(words.size() - 1)[1] != before.length() || !capitalised(before, words.get(words.size() - 1))) {
            return Optional.empty();
        }
        int last = words.size() - 1;
        int first = last;
        for (int k = last - 1; k >= 0 && last - k < MAX_WORDS && adjacent(before, words.get(k), words.get(k + 1)); k--) {
            String w = word(before, words.get(k));
            if (capitalised(before, words.get(k))) {
                first = k;
            } else if (!CONNECTORS.contains(w)) {
                break;
            }
        }
        if (ARTICLES.contains(word(before, words.get(first))) && first < last) {
            first++;
        }
        return capitalisedCount(before, words, first, last) >= 2 ? Optional.of(run(before, words, first, last).text()) : Optional.empty();
    }

    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        return words;
    }

    private static boolean capitalised(String text, int[] word) {
        return Character.isUpperCase(text.charAt(word[0]));
    }

    private static String word(String text, int[] word) {
        return text.substring(word[0], word[1]);
    }

    private static boolean adjacent(String text, int[] a, int[] b) {
        return text.substring(a[1], b[0]).isBlank() && b[0] > a[1];
    }

    private static boolean opensSentence(String text, int[] word) {
        String before = text.substring(0, word[0]).stripTrailing();
        return before.isEmpty() || before.endsWith(".") || before.endsWith(":") || before.endsWith("-");
    }

    private static int capitalisedCount(String text, List<int[]> words, int first, int last) {
        int n = 0;
        for (int k = first; k <= last; k++) {
            if (capitalised(text, words.get(k))) {
                n++;
            }
        }
        return n;
    }

    private static Run run(String text, List<int[]> words, int first, int last) {
        int start = words.get(first)[0];
        int end = words.get(last)[1];
        return new Run(start, end, text.substring(start, end));
    }
}
