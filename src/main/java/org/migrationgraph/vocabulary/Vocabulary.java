package org.migrationgraph.vocabulary;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.migrationgraph.support.ApiException;
import org.migrationgraph.support.ErrorCode;
import org.migrationgraph.change.GraphChanges;
import org.springframework.stereotype.Service;

/**
 * Refuses a kind, relation type, property key or entity id the graph does not know, naming the
 * nearest valid values, so that a typo is an error rather than an empty answer. The kinds and
 * relation types are those the seed declares (graph-seed/vocabulary.yaml, written to the graph as
 * VocabularyTerm nodes by the loader), so a declared type with no relation yet is still valid.
 * The snapshot is read again after every graph change.
 */
@Service
public class Vocabulary {

    private final VocabularyRepository repository;
    private final GraphChanges changes;
    private volatile Snapshot snapshot;

    Vocabulary(VocabularyRepository repository, GraphChanges changes) {
        this.repository = repository;
        this.changes = changes;
    }

    /** Every value must be a declared kind; null or empty means "no filter" and passes. */
    public void requireKinds(String argument, Collection<String> kinds) {
        require(argument, kinds, current().kinds().keySet(), "kind");
    }

    public void requireRelationTypes(String argument, Collection<String> types) {
        require(argument, types, current().relationTypes().keySet(), "relation type");
    }

    public void requirePropertyKey(String argument, String key) {
        if (key != null) {
            require(argument, List.of(key), current().propertyKeys(), "property key");
        }
    }

    /** Every id must name an entity; an unknown one is refused with ids of the same prefix that are close. */
    public void requireEntityIds(String argument, Collection<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        List<String> asked = List.copyOf(ids);
        Set<String> existing = repository.existingIds(asked);
        for (String id : asked) {
            if (!existing.contains(id)) {
                String prefix = id.contains(":") ? id.substring(0, id.indexOf(':') + 1) : "";
                List<String> near = Suggestions.nearest(id, prefix.isEmpty() ? List.of() : repository.idsStartingWith(prefix));
                throw unknown(argument, id, "entity id", near, "search finds ids by name");
            }
        }
    }

    /** The relation types the vocabulary marks structural (graph-seed/vocabulary.yaml), sorted. */
    public List<String> structuralRelationTypes() {
        return current().relationTypes().values().stream().filter(Term::structural).map(Term::name).sorted().toList();
    }

    /** Every declared relation type, sorted. */
    public List<String> relationTypeNames() {
        return current().relationTypes().keySet().stream().sorted().toList();
    }

    /** The declared kinds, by name, with what each means: for services that list types (reconciliation). */
    public java.util.Map<String, String> kindMeanings() {
        java.util.Map<String, String> meanings = new java.util.LinkedHashMap<>();
        current().kinds().values().forEach(t -> meanings.put(t.name(), t.meaning()));
        return meanings;
    }

    List<Term> kinds() {
        return List.copyOf(current().kinds().values());
    }

    List<Term> relationTypes() {
        return List.copyOf(current().relationTypes().values());
    }

    /** The property keys the graph uses, sorted: for services that suggest properties (reconciliation). */
    public List<String> propertyKeyNames() {
        return current().propertyKeys().stream().sorted().toList();
    }

    Set<String> propertyKeys() {
        return current().propertyKeys();
    }

    private void require(String argument, Collection<String> values, Set<String> valid, String what) {
        if (values == null || valid.isEmpty()) {
            return; // a graph without a declared vocabulary (not loaded by this version) is not checked
        }
        for (String value : values) {
            if (!valid.contains(value)) {
                throw unknown(argument, value, what, Suggestions.nearest(value, valid), "the vocabulary query lists every valid one");
            }
        }
    }

    private static ApiException unknown(String argument, String value, String what, List<String> near, String hint) {
        String message = "Unknown " + what + " '" + value + "' in '" + argument + "'"
                + (near.isEmpty() ? "; " + hint : "; did you mean " + orList(near) + "? " + capitalised(hint)) + ".";
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("argument", argument);
        extensions.put("value", value);
        extensions.put("didYouMean", near);
        return new ApiException(ErrorCode.BAD_USER_INPUT, message, extensions);
    }

    private static String orList(List<String> values) {
        if (values.size() == 1) {
            return values.get(0);
        }
        return String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Snapshot current() {
        long generation = changes.generation();
        Snapshot s = snapshot;
        if (s == null || s.generation() != generation) {
            s = load(generation);
            snapshot = s;
        }
        return s;
    }

    /**
     * Read on another thread: the vocabulary is metadata shared by all requests, not part of the
     * request that happened to need it first, so it must not count against that request's
     * statements (X-Query-Stats) or its time limit.
     */
    private Snapshot load(long generation) {
        try {
            return CompletableFuture.supplyAsync(() -> {
                Map<String, Term> kinds = new LinkedHashMap<>();
                Map<String, Term> types = new LinkedHashMap<>();
                for (VocabularyRepository.Row row : repository.terms()) {
                    (row.category().equals("kind") ? kinds : types).put(row.term().name(), row.term());
                }
                return new Snapshot(generation, kinds, types, repository.propertyKeys());
            }).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private record Snapshot(long generation, Map<String, Term> kinds, Map<String, Term> relationTypes, Set<String> propertyKeys) {
    }
}
