package org.migrationgraph.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the full-text query from what a person typed, the way Elasticsearch's multi_match
 * (most_fields) and Meilisearch rank: every word is optional, so a query that joins two concepts
 * still finds each; entities that match all words get a large bonus, then those that match most;
 * a phrase or near-phrase gets a further bonus; a match in the name counts more than one in an
 * alias, which counts more than one in the description or a cited quote. Each word matches
 * exactly (highest), as a prefix (typing), one typo away from five letters and two from nine,
 * through a light English stem (plurals, -ing, -ed) and, for less and in names, through the
 * root a long word shares with its kin (coordinator, coordination). A word the index holds as
 * typed is not looked up two typos away (the rule of Lucene's and Elasticsearch's spell
 * checkers: suggest only for a word not in the index; see WordsInIndex): "australia" is a word,
 * so Austria is no match for it, and the two-edit automaton, most of a search's cost, is built
 * only for a word that may be misspelled. The user's text never passes through as Lucene
 * syntax: it is folded (case, accents) like the index, cut into words of letters, digits,
 * apostrophes and dots, and those two are escaped.
 */
final class LuceneQuery {

    static final int MAX_WORDS = 12;
    private static final int ONE_TYPO_FROM = 5;
    private static final int TWO_TYPOS_FROM = 9;
    /**
     * Each field's weight: names above aliases above descriptions and quotes. Typos (and kin) are
     * forgiven in aliasText only, which holds the name as well as the aliases: each fuzzy term
     * costs an automaton (about a millisecond for two edits), and a typo matters where a person
     * types a name, not a sentence.
     */
    private static final List<Field> FIELDS = List.of(new Field("name", "4", false), new Field("aliasText", "3", true),
            new Field("description", "1.2", false), new Field("quoteText", "1", false));

    private record Field(String name, String boost, boolean typos) {
    }

    private static final String ALL_WORDS_BOOST = "3";
    private static final List<String[]> PHRASE_BOOSTS = List.of(
            new String[] {"name", "6"}, new String[] {"aliasText", "5"},
            new String[] {"description", "2"}, new String[] {"quoteText", "3"});
    /** Lucene's English stop set, which the standard-folding analyzer removes at index time. */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their",
            "then", "there", "these", "they", "this", "to", "was", "will", "with");

    /** A kin's weight against the word's own forms: what holds the word as typed ranks first. */
    private static final String KIN_BOOST = "0.5";
    /** Derivational endings, longest first so that "-ions" is taken before "-ion". */
    private static final List<String> KIN_ENDINGS = List.of("ions", "ives", "ence", "ance", "ion", "ive", "ors", "ers",
            "ent", "ant", "or", "er");

    private LuceneQuery() {
    }

    /** The Lucene query, or an empty string when the text holds no searchable word. */
    static String from(String text) {
        return from(text, Set.of());
    }

    /**
     * The Lucene query, with no two-typo form for the words in {@code asTyped} (those the index
     * holds as typed, see {@link #asTyped}); an empty string when the text holds no searchable word.
     */
    static String from(String text, Set<String> asTyped) {
        List<String> all = words(text);
        if (all.isEmpty()) {
            return "";
        }
        List<String> content = contentWords(all);
        if (content.isEmpty()) {
            // Only stop words ("in", "the"): the index holds none, so they can only be the start of a word being typed.
            return all.stream().map(w -> escape(w) + "*").collect(Collectors.joining(" "));
        }
        String last = all.get(all.size() - 1);
        List<String> clauses = new ArrayList<>();
        List<String> required = new ArrayList<>();
        for (String word : content) {
            int typos = asTyped.contains(word) ? 1 : 2;
            clauses.add(wordClause(word, word.equals(last), typos));
            required.add("+" + wordClause(word, word.equals(last), 1));
        }
        StringBuilder query = new StringBuilder(String.join(" ", clauses));
        if (content.size() > 1) {
            query.append(" (").append(String.join(" ", required)).append(")^").append(ALL_WORDS_BOOST);
            String phrase = content.stream().map(LuceneQuery::escape).collect(Collectors.joining(" "));
            for (String[] field : PHRASE_BOOSTS) {
                query.append(' ').append(field[0]).append(":\"").append(phrase).append("\"~2^").append(field[1]);
            }
        }
        return query.toString();
    }

    /**
     * For a query that matched nothing: names and aliases up to two typos from any word, whatever
     * its length, or sharing its first three letters; empty when the text holds no word.
     */
    static String nearestNames(String text) {
        return words(text).stream().limit(MAX_WORDS).map(w -> {
            String start = escape(w.length() > 3 ? w.substring(0, 3) : w);
            return "name:" + escape(w) + "~2^3 aliasText:" + escape(w) + "~2^2 name:" + start + "* aliasText:" + start + "*";
        }).collect(Collectors.joining(" "));
    }

    /** The words {@link #from} would look up two typos away: those of at least nine letters, not numbers. */
    static List<String> twoTypoWords(String text) {
        return contentWords(words(text)).stream().filter(LuceneQuery::twoTyposAllowed).toList();
    }

    /**
     * A query that matches an entity when a word of its name, aliases, description or quotes is
     * {@code word} (any field: a word of the corpus is no typo wherever it is).
     */
    static String asTyped(String word) {
        String exact = escape(word);
        return FIELDS.stream().map(f -> f.name() + ":" + exact).collect(Collectors.joining(" OR "));
    }

    private static boolean twoTyposAllowed(String word) {
        return word.length() >= TWO_TYPOS_FROM && word.chars().noneMatch(Character::isDigit);
    }

    /** The words that carry meaning, in order, at most {@link #MAX_WORDS}. */
    static List<String> contentWords(List<String> words) {
        return words.stream().filter(w -> !STOP_WORDS.contains(w)).distinct().limit(MAX_WORDS).toList();
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

    /**
     * One word in every field, with the field's weight, forgiving at most {@code typos} where a
     * field forgives any. The all-words bonus forgives one, whatever the word's length, so that
     * "Organizaton for Migration" still ranks the organization first without a second two-edit
     * automaton.
     */
    private static String wordClause(String word, boolean last, int typos) {
        return "(" + FIELDS.stream().map(f -> f.name() + ":" + terms(word, last, f.typos() ? typos : 0)
                + "^" + f.boost()).collect(Collectors.joining(" OR ")) + ")";
    }

    private static String terms(String word, boolean last, int maxTypos) {
        String exact = escape(word);
        boolean numeric = word.chars().anyMatch(Character::isDigit);
        Set<String> alternatives = new LinkedHashSet<>();
        alternatives.add(exact + "^3");
        // A number is not typo-tolerant ("2020" is not "2021") and is a prefix only while being typed.
        if (!numeric || last) {
            alternatives.add(exact + "*");
        }
        if (maxTypos >= 2 && twoTyposAllowed(word)) {
            alternatives.add(exact + "~2");
        } else if (maxTypos >= 1 && !numeric && word.length() >= ONE_TYPO_FROM) {
            alternatives.add(exact + "~1");
        }
        for (String stem : stems(word)) {
            alternatives.add(escape(stem) + "*");
        }
        // Kin, like typos, only where a name is typed (a prefix over every description costs
        // +30% at a million), and for less than the word as typed: "coordinator" puts the
        // Coordinator before coordination.
        if (maxTypos >= 1) {
            for (String stem : kinStems(word)) {
                alternatives.add(escape(stem) + "*^" + KIN_BOOST);
            }
        }
        return "(" + String.join(" OR ", alternatives) + ")";
    }

    /** Light English stems, only where at least four letters remain: plurals, -ing, -ed. */
    static List<String> stems(String word) {
        List<String> stems = new ArrayList<>();
        if (word.chars().anyMatch(Character::isDigit) || word.contains("'")) {
            return stems;
        }
        if (word.endsWith("ies")) {
            stems.add(word.substring(0, word.length() - 3) + "y");
        } else if (word.endsWith("es")) {
            stems.add(word.substring(0, word.length() - 2));
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("ies")) {
            stems.add(word.substring(0, word.length() - 1));
        }
        if (word.endsWith("ing")) {
            stems.add(word.substring(0, word.length() - 3));
        }
        if (word.endsWith("ed")) {
            stems.add(word.substring(0, word.length() - 2));
        }
        return stems.stream().filter(s -> s.length() >= 4 && !s.equals(word)).distinct().toList();
    }

    /**
     * The stem a long word shares with its kin (coordination, coordinator, coordinate; inclusion,
     * inclusive; resilience, resilient): the word without one derivational ending, where at least
     * six letters remain. Two typos used to stand in for this ("coordinator" is two edits from
     * "coordination"); a word the index holds is no longer looked up two typos away, and this
     * finds its kin without the noise those edits brought (Austria for "australia").
     */
    static List<String> kinStems(String word) {
        if (!twoTyposAllowed(word) || word.contains("'")) {
            return List.of();
        }
        return KIN_ENDINGS.stream().filter(word::endsWith).findFirst()
                .map(ending -> word.substring(0, word.length() - ending.length()))
                .filter(stem -> stem.length() >= 6).stream().toList();
    }

    /** Words keep only letters, digits, apostrophes and dots; the last two are escaped to be safe. */
    private static String escape(String word) {
        return word.replace("'", "\\'").replace(".", "\\.");
    }
}
