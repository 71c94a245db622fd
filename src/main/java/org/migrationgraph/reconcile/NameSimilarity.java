package org.migrationgraph.reconcile;

import java.util.List;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.migrationgraph.support.NameKeys;

/**
 * How well a text names an entity, 0 to 100: 100 when it is one of its names or aliases once
 * case, accents, punctuation and a leading "the" are ignored ({@link NameKeys}); otherwise the
 * Jaro-Winkler similarity of the closest name, scaled to at most {@value #BEST_INEXACT}, so that
 * only an exact name can score 100.
 */
final class NameSimilarity {

    static final double BEST_INEXACT = 95;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameSimilarity() {
    }

    static double score(String text, List<String> names) {
        String key = NameKeys.of(text);
        if (key.isEmpty()) {
            return 0;
        }
        double best = 0;
        for (String name : names) {
            String nameKey = NameKeys.of(name);
            if (nameKey.equals(key)) {
                return 100;
            }
            best = Math.max(best, JARO_WINKLER.apply(key, nameKey));
        }
        return Math.round(best * BEST_INEXACT * 10) / 10.0;
    }
}
