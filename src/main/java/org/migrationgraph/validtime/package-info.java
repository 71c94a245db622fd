/**
 * Valid time: which facts held on a date or during a period. {@code ValidTime} is the window a
 * query asked for ({@code asOf}, {@code during}, {@code undatedFacts}), read from its arguments
 * and checked; {@code ValidTimeCypher} puts the same rules into the statements of every feature
 * that answers with entities or relations (relations, lists, graph, exports). It depends only on
 * {@code support}; those features depend on it.
 */
package org.migrationgraph.validtime;
