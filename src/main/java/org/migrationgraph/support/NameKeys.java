package org.migrationgraph.support;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which two names count as the same name: case, accents, punctuation and a leading
 * "the" ignored ("Côte d'Ivoire" and "cote d ivoire"; "the Network" and "Network"). The seed
 * validator uses it to find names shared by two entities, the loader stores each entity's keys,
 * and search ranks an entity first when what was typed is one of its names.
 */
public final class NameKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKeys() {
    }

    public static String of(String name) {
        String folded = isAscii(name) ? foldAscii(name) : fold(name);
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }

    /** Accents taken off (decomposed, their marks dropped), lower case, each run of anything else than letters and digits one space. */
    private static String fold(String name) {
        String unmarked = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTERS_OR_DIGITS.matcher(unmarked.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /**
     * The same for a name of ASCII only, in one pass: such a name has no accents to take off, and
     * its letters and digits are A-Z, a-z and 0-9. The generator folds a million names with it
     * (about a tenth of the importer's node stage went to the regular expressions).
     */
    private static String foldAscii(String name) {
        StringBuilder folded = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && !folded.isEmpty()) {
                    folded.append(' ');
                }
                gap = false;
                folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            } else {
                gap = true;
            }
        }
        return folded.toString();
    }

    private static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
