/**
 * The synthetic graph generator: {@code --generate=ENTITIES [--generate-seed=N]} writes a graph
 * with the seed's shape (documents with numbered paragraphs recording meetings, statements made
 * at them and addressed to States and agencies, the people who attend and write, every relation
 * and entity cited by a paragraph that says so) next to the seed's own graph, for measuring the
 * service at scale. It depends on {@code seed} for the bulk write path ({@code BulkWrites}) that
 * the seed loader uses, and on {@code support} for name keys. Nothing depends on it.
 */
package org.migrationgraph.generate;
