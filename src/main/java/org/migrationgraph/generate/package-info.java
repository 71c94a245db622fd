/**
 * The synthetic graph generator: {@code --generate=ENTITIES [--generate-seed=N]} writes a graph
 * with the seed's shape (documents with numbered paragraphs recording meetings, statements made
 * at them and addressed to States and agencies, the people who attend and write, every relation
 * and entity cited by a paragraph that says so) next to the seed's own graph, for measuring the
 * service at scale. A new store is written by Neo4j's offline importer ({@code StoreImport});
 * an existing one through the bulk write path the seed loader uses ({@code seed.BulkWrites},
 * {@code GraphGenerator}). It depends on {@code seed}, on {@code validtime} and {@code relation}
 * for what writers derive, on {@code embedded} for the store's layout, and on {@code support} for
 * name keys. Nothing depends on it.
 */
package org.migrationgraph.generate;
