package org.migrationgraph.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every name and alias of the known entities as a trie of analysed terms, so that a paragraph
 * is matched in one pass, the longest name winning ("Steering Committee of the Migration
 * Multi-Partner Trust Fund" before "Migration Multi-Partner Trust Fund"). A leading "the" is
 * not part of a name ("the Compact" is found as "Compact").
 */
final class NameIndex {

    private static final Set<String> COMPLEMENTS = Set.of("for", "of", "on", "in", "to");

    private final Node root = new Node();
    private final Map<String, KnownName> entities = new HashMap<>();

    NameIndex(Collection<KnownName> known) {
        for (KnownName entity : known) {
            entities.put(entity.id(), entity);
            for (String name : entity.names()) {
                add(name, entity.id());
            }
        }
    }

    /** Adds a name the document itself defines, such as an acronym in brackets. */
    void add(String name, String id) {
        List<String> terms = key(name);
        if (terms.isEmpty()) {
            return;
        }
        Node node = root;
        for (String term : terms) {
            node = node.children.computeIfAbsent(term, t -> new Node());
        }
        node.ids.add(id);
    }

    /** The longest name starting at {@code from}: how many tokens it covers and whose name it is. */
    Optional<Match> longestAt(List<Token> tokens, int from) {
        Node node = root;
        Match best = null;
        for (int i = from; i < tokens.size(); i++) {
            node = node.children.get(tokens.get(i).term());
            if (node == null) {
                break;
            }
            if (!node.ids.isEmpty()) {
                best = new Match(i - from + 1, Set.copyOf(node.ids));
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The longest run of at least two words starting at {@code from} that begins exactly one
     * known name without completing it: "Start-up Fund" for "Start-up Fund for Safe, Orderly and
     * Regular Migration".
     */
    Optional<Match> prefixAt(List<Token> tokens, int from) {
        Node node = root;
        int depth = 0;
        for (int i = from; i < tokens.size(); i++) {
            Node next = node.children.get(tokens.get(i).term());
            if (next == null) {
                break;
            }
            node = next;
            depth++;
        }
        // Only a name cut before its complement ("... Fund | for Safe, Orderly ..."), not one cut in
        // the middle of a phrase that happens to begin a longer name.
        if (depth < 2 || !node.ids.isEmpty() || node.children.isEmpty() || !COMPLEMENTS.containsAll(node.children.keySet())
                || from + depth < tokens.size() && COMPLEMENTS.contains(tokens.get(from + depth).term())) {
            return Optional.empty();
        }
        Set<String> owners = new LinkedHashSet<>();
        collect(node, owners);
        return owners.size() == 1 ? Optional.of(new Match(depth, owners)) : Optional.empty();
    }

    private static void collect(Node node, Set<String> into) {
        into.addAll(node.ids);
        node.children.values().forEach(child -> collect(child, into));
    }

    /** The entities whose name is the whole of {@code text} (a leading "the" aside), or none. */
    Set<String> wholeName(String text) {
        List<Token> tokens = TextAnalysis.tokens(text);
        int from = !tokens.isEmpty() && tokens.get(0).term().equals("the") ? 1 : 0;
        return longestAt(tokens, from).filter(m -> from + m.length() == tokens.size()).map(Match::ids).orElse(Set.of());
    }

    KnownName entity(String id) {
        return entities.get(id);
    }

    Collection<KnownName> entities() {
        return entities.values();
    }

    static List<String> key(String name) {
        List<String> terms = TextAnalysis.terms(name);
        return !terms.isEmpty() && terms.get(0).equals("the") ? terms.subList(1, terms.size()) : terms;
    }

    /** A name found: the number of tokens it covers and the entities that carry it. */
    record Match(int length, Set<String> ids) {
    }

    private static final class Node {
        private final Map<String, Node> children = new HashMap<>();
        private final Set<String> ids = new LinkedHashSet<>();
    }
}
