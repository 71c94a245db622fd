/**
 * The graph's vocabulary at run time: the kinds and relation types the seed declares (with their
 * meanings), the property keys the graph holds, and the one check that refuses any other value in
 * an argument with the nearest valid ones, instead of answering an empty list. Also the
 * {@code vocabulary} query that lists them with their counts (ADR 7). Any feature that takes a
 * kind, a relation type, a property key or an entity id as a filter depends on {@link Vocabulary}.
 */
package org.migrationgraph.vocabulary;
