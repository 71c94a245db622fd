/**
 * The per-kind list queries ({@code memberStates}, {@code meetings}, ... and {@code entities})
 * with {@code where} filters compiled to parameterised Cypher and checked against the graph's
 * vocabulary first, ordering and totals; each list is an {@code @QueryMapping} of its own. A
 * page reads the relations it asks of its entities in its own statement, through
 * relation.ListedRelations.
 * Only generate depends on it, to record that a store it imports has its sort names and dates
 * and last dates derived ({@code SortNameDerivation}, {@code SortDateDerivation},
 * {@code LastDateDerivation}).
 */
package org.migrationgraph.list;
