package org.migrationgraph.vocabulary;

import java.util.List;

/** The GraphQL Vocabulary: every kind and relation type with its meaning and count, and the property keys. */
record VocabularyView(List<TermView> kinds, List<TermView> relationTypes, List<String> propertyKeys) {

    record TermView(String name, String description, int count, boolean structural) {
    }
}
