package org.migrationgraph.vocabulary;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class VocabularyController {

    private final Vocabulary vocabulary;
    private final VocabularyRepository repository;

    VocabularyController(Vocabulary vocabulary, VocabularyRepository repository) {
        this.vocabulary = vocabulary;
        this.repository = repository;
    }

    @QueryMapping
    VocabularyView vocabulary() {
        List<Term> kinds = vocabulary.kinds();
        List<Term> types = vocabulary.relationTypes();
        Map<String, Map<String, Integer>> counts = repository.counts(names(kinds), names(types));
        return new VocabularyView(counted(kinds, counts.get("kinds")), counted(types, counts.get("types")),
                List.copyOf(vocabulary.propertyKeys()));
    }

    private static List<String> names(List<Term> terms) {
        return terms.stream().map(Term::name).toList();
    }

    private static List<VocabularyView.TermView> counted(List<Term> terms, Map<String, Integer> counts) {
        return terms.stream().map(t -> new VocabularyView.TermView(t.name(), t.meaning(), counts.getOrDefault(t.name(), 0), t.structural())).toList();
    }
}
