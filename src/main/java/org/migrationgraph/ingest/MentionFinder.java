package org.migrationgraph.ingest;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the known entities a document names, paragraph by paragraph in reading order, so that a
 * short form can be resolved by what the document named before it: an acronym it defined
 * ("Migration Multi-Partner Trust Fund (MPTF)"), a definite description ("the Committee" is the
 * last committee named), a pronoun ("He" is the last person named) or, in a speech, the
 * speaker's own "I" and "we". A name that two entities carry goes to the one named last, or
 * stays a candidate with its options.
 */
final class MentionFinder {

    private static final Pattern BRACKETED = Pattern.compile("\\(([A-Z][A-Za-z\\-]{1,20})\\)");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "his", "her", "him");
    private static final Set<String> FIRST_PERSON = Set.of("i", "my", "me");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "who", "which");
    private static final int MAX_CANDIDATES = 5;

    private final NameIndex index;
    private final String speakerId;
    /** Entity ids in the order the document named them, the latest last. */
    private final LinkedList<String> named = new LinkedList<>();
    /** Bracketed names the document defines for something the graph does not hold. */
    private final List<Definition> undefined = new ArrayList<>();

    MentionFinder(NameIndex index, String speakerId) {
        this.index = index;
        this.speakerId = speakerId;
    }

    List<Mention> find(int paragraph, String text) {
        List<Token> tokens = TextAnalysis.tokens(text);
        learnDefinitions(paragraph, text, tokens);
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Optional<NameIndex.Match> match = index.longestAt(tokens, i);
            if (match.isPresent() && namesASubset(tokens, i, match.get().length())) {
                Token last = tokens.get(i + match.get().length() - 1);
                mentions.add(candidate(paragraph, text, tokens.get(i).start(), last.end(), match.get().ids(), "subset"));
                i += match.get().length();
                continue;
            }
            if (match.isPresent() && !overlapsLonger(tokens, i, match.get().length())) {
                Token first = tokens.get(i);
                Token last = tokens.get(i + match.get().length() - 1);
                mentions.add(mention(paragraph, text, first.start(), last.end(), match.get().ids(), "name"));
                i += match.get().length();
                continue;
            }
            int at = i;
            Optional<NameIndex.Match> shortName = index.prefixAt(tokens, at).filter(m -> capitalised(text, tokens, at, m.length()));
            if (shortName.isPresent()) {
                Token last = tokens.get(i + shortName.get().length() - 1);
                mentions.add(mention(paragraph, text, tokens.get(i).start(), last.end(), shortName.get().ids(), "short-name"));
                i += shortName.get().length();
                continue;
            }
            referring(paragraph, text, tokens, i).ifPresent(mentions::add);
            i++;
        }
        return mentions;
    }

    /**
     * "those Member States that have joined it": a demonstrative before the name and a restrictive
     * clause after it pick out some of the group (here the Compact's champions), so the text does
     * not speak of the group as a whole: the name stays a candidate for a curator, not a mention.
     */
    private static boolean namesASubset(List<Token> tokens, int i, int length) {
        int after = i + length;
        return i > 0 && tokens.get(i - 1).term().equals("those")
                && after < tokens.size() && RELATIVE_PRONOUNS.contains(tokens.get(after).term());
    }

    /**
     * "members of the Network’s Executive Committee": a name that starts inside this one and
     * reaches further is the better reading, so this one gives way.
     */
    private boolean overlapsLonger(List<Token> tokens, int i, int length) {
        for (int j = i + 1; j < i + length; j++) {
            Optional<NameIndex.Match> inner = index.longestAt(tokens, j);
            if (inner.isPresent() && j + inner.get().length() > i + length && inner.get().length() >= 2) {
                return true;
            }
        }
        return false;
    }

    /** A short form of a name is a proper name only when every word of it is capitalised. */
    private static boolean capitalised(String text, List<Token> tokens, int from, int length) {
        for (int i = from; i < from + length; i++) {
            int start = tokens.get(i).start();
            boolean hyphenated = start > 0 && text.charAt(start - 1) == '-';
            if (!hyphenated && !Character.isUpperCase(text.charAt(start))) {
                return false;
            }
        }
        return true;
    }

    List<Definition> undefined() {
        return undefined;
    }

    /** The entity named last among {@code ids}, if the document named any of them. */
    Optional<String> latest(Set<String> ids) {
        for (var it = named.descendingIterator(); it.hasNext(); ) {
            String id = it.next();
            if (ids.contains(id)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    Optional<String> latestOfKind(String kind) {
        for (var it = named.descendingIterator(); it.hasNext(); ) {
            String id = it.next();
            KnownName entity = index.entity(id);
            if (entity != null && entity.kind().equals(kind)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    private Mention mention(int paragraph, String text, int start, int end, Set<String> ids, String rule) {
        String surface = text.substring(start, end);
        if (ids.size() == 1) {
            return resolved(paragraph, start, end, surface, ids.iterator().next(), rule);
        }
        Optional<String> latest = latest(ids);
        if (latest.isPresent()) {
            return resolved(paragraph, start, end, surface, latest.get(), rule + "+context");
        }
        return candidate(paragraph, text, start, end, ids, rule);
    }

    private static Mention candidate(int paragraph, String text, int start, int end, Set<String> ids, String rule) {
        return new Mention(paragraph, start, end, text.substring(start, end), null, ids.stream().sorted().limit(MAX_CANDIDATES).toList(), rule);
    }

    private Mention resolved(int paragraph, int start, int end, String surface, String id, String rule) {
        named.remove(id);
        named.add(id);
        return new Mention(paragraph, start, end, surface, id, List.of(), rule);
    }

    /** "the Committee", "He", "I": a word that refers to something the document named before. */
    private Optional<Mention> referring(int paragraph, String text, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String surface = text.substring(token.start(), token.end());
        if (THIRD_PERSON.contains(token.term()) && Character.isUpperCase(surface.charAt(0))) {
            return latestOfKind("Person").map(id -> resolved(paragraph, token.start(), token.end(), surface, id, "pronoun"));
        }
        if (FIRST_PERSON.contains(surface.toLowerCase(java.util.Locale.ROOT)) && speakerId != null
                && (surface.equals("I") || !surface.equals(surface.toUpperCase(java.util.Locale.ROOT)))) {
            return Optional.of(resolved(paragraph, token.start(), token.end(), surface, speakerId, "speaker"));
        }
        if (token.term().equals("the") && i + 1 < tokens.size()) {
            Token head = tokens.get(i + 1);
            String word = text.substring(head.start(), head.end());
            if (Character.isUpperCase(word.charAt(0)) && index.longestAt(tokens, i + 1).isEmpty()) {
                return definiteDescription(paragraph, text, token.start(), head);
            }
        }
        return Optional.empty();
    }

    private Optional<Mention> definiteDescription(int paragraph, String text, int start, Token head) {
        String surface = text.substring(start, head.end());
        for (var it = named.descendingIterator(); it.hasNext(); ) {
            String id = it.next();
            if (NameIndex.key(index.entity(id).name()).contains(head.term())) {
                return Optional.of(resolved(paragraph, start, head.end(), surface, id, "definite-description"));
            }
        }
        List<String> options = index.entities().stream()
                .filter(e -> {
                    List<String> key = NameIndex.key(e.name());
                    return !key.isEmpty() && key.get(key.size() - 1).equals(head.term());
                })
                .map(KnownName::id).sorted().limit(MAX_CANDIDATES).toList();
        return options.isEmpty() ? Optional.empty()
                : Optional.of(new Mention(paragraph, start, head.end(), surface, null, options, "definite-description"));
    }

    /**
     * "Long Name (SHORT)": when a known name ends right before the bracket, SHORT becomes one of
     * its names for the rest of the document; otherwise it is kept as a proposed entity.
     */
    private void learnDefinitions(int paragraph, String text, List<Token> tokens) {
        Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            int before = (int) tokens.stream().filter(t -> t.end() <= m.start()).count();
            Optional<String> owner = ownerEndingAt(tokens, before);
            if (owner.isPresent()) {
                index.add(m.group(1), owner.get());
            } else {
                CapitalisedRuns.endingAt(text, m.start()).ifPresent(name ->
                        undefined.add(new Definition(paragraph, name, m.group(1), text.substring(text.indexOf(name), m.end()))));
            }
        }
    }

    private Optional<String> ownerEndingAt(List<Token> tokens, int end) {
        for (int start = 0; start < end; start++) {
            Optional<NameIndex.Match> match = index.longestAt(tokens, start);
            if (match.isPresent() && start + match.get().length() == end && match.get().ids().size() == 1) {
                return Optional.of(match.get().ids().iterator().next());
            }
        }
        return Optional.empty();
    }


    /** A bracketed short name the document defines for a long name the graph does not hold. */
    record Definition(int paragraph, String name, String shortName, String quote) {
    }
}
