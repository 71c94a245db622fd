package org.migrationgraph.vocabulary;

/** A kind or relation type with its one meaning; the GraphQL VocabularyTerm without its count. */
record Term(String name, String meaning, boolean structural) {
}
