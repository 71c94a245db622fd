package org.migrationgraph.seed;

/** A kind label or relation type the seed may use, with its one meaning. */
record VocabularyTerm(String name, String meaning, String file, int line) {
}
