/**
 * Ranked full-text search over entities: the Lucene query built from what a person typed (never
 * passed through), one Cypher statement on the index, the words the index holds (remembered
 * until the graph changes, so that a word of the graph is not looked up as a typo), and the
 * nearest names when nothing matches. Nothing depends on it.
 */
package org.migrationgraph.search;
