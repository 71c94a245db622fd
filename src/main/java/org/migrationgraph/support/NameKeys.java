package org.migrationgraph.support;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which two names count as the same name: case, accents, punctuation and a leading
 * "the" ignored ("Côte d'Ivoire" and "cote d ivoire"; "the Network" and "Network"). The seed
 * validator uses it to find names shared by two entities, the loader stores each entity's keys,
 * and search ranks an entity first when what was typed is one of its names.
 */
public final class NameKeys {

    private NameKeys() {
    }

    public static String of(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }
}
