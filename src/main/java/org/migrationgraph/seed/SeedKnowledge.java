package org.migrationgraph.seed;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a seed knows about itself, for the shared rules: its vocabulary, ids and document texts. */
record SeedKnowledge(Set<String> kinds, Set<String> relationTypes, Set<String> entityIds, Set<String> referenceIds,
                     java.util.Map<String, List<String>> documents) implements KnownGraph {

    SeedKnowledge(Seed seed, Set<String> entityIds, Set<String> referenceIds) {
        this(names(seed.kinds()), names(seed.relationTypes()), entityIds, referenceIds, seed.paragraphs());
    }

    private static Set<String> names(List<VocabularyTerm> terms) {
        return terms.stream().map(VocabularyTerm::name).collect(Collectors.toSet());
    }

    @Override
    public boolean hasEntity(String id) {
        return entityIds.contains(id);
    }

    @Override
    public boolean hasReference(String id) {
        return referenceIds.contains(id);
    }

    @Override
    public Optional<List<String>> paragraphs(String documentId) {
        return Optional.ofNullable(documents.get(documentId));
    }
}
