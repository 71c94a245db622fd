/**
 * Ranked full-text search over entities: the Lucene query built from what a person typed (never
 * passed through), one Cypher statement on the index, and the nearest names when nothing
 * matches. Nothing depends on it.
 */
package org.migrationgraph.search;
