package org.migrationgraph.seed;

/**
 * A kind label or relation type the seed may use, with its one meaning; a structural relation
 * type (membership of the UN, region containment) is one that says where a thing sits rather
 * than what it does, which coordination views and network analytics leave out by default.
 */
record VocabularyTerm(String name, String meaning, boolean structural, String file, int line) {
}
