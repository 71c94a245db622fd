package org.migrationgraph.vocabulary;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The valid values nearest to what someone typed: the same name in another case first, then
 * those within a few edits (optimal string alignment distance, so a swapped pair of letters is
 * one edit), then those that contain it or that it contains.
 */
final class Suggestions {

    static final int MAX = 3;

    private Suggestions() {
    }

    static List<String> nearest(String input, Collection<String> valid) {
        String typed = fold(input);
        int allowed = Math.max(1, typed.length() / 3);
        return valid.stream()
                .map(v -> new Candidate(v, score(typed, fold(v), allowed)))
                .filter(c -> c.score() < Integer.MAX_VALUE)
                .sorted(Comparator.comparingInt(Candidate::score).thenComparing(Candidate::value))
                .limit(MAX)
                .map(Candidate::value)
                .toList();
    }

    private record Candidate(String value, int score) {
    }

    /** Case, spaces, underscores and hyphens do not count: "member state" is MemberState. */
    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }

    private static int score(String typed, String valid, int allowed) {
        if (typed.equals(valid)) {
            return 0;
        }
        int distance = distance(typed, valid);
        if (distance <= allowed) {
            return distance;
        }
        if (!typed.isEmpty() && (valid.contains(typed) || typed.contains(valid))) {
            return allowed + 1 + Math.abs(valid.length() - typed.length());
        }
        return Integer.MAX_VALUE;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
