/**
 * Valid time: which facts held on a date or during a period. {@code ValidTime} is the window a
 * query asked for ({@code asOf}, {@code during}, {@code undatedFacts}), read from its arguments
 * (a controller method's {@code TimeArguments} parameter is filled by {@code TimeArgumentsResolver})
 * and checked; {@code ValidTimeCypher} puts the same rules into the statements of every feature
 * that answers with entities or relations (relations, lists, graph, exports), and derives the
 * {@code validity} every writer stores (start-up derives it for older stores through
 * {@code schema.DerivedProperty}). It depends on {@code support} and {@code schema}; those features,
 * and the writers ({@code seed}, {@code curation}, {@code asrecorded}), depend on it.
 */
package org.migrationgraph.validtime;
