/**
 * How the API reads the graph (ADR 6): the {@code GraphReads} port, one statement in one
 * read-only transaction, run in-process when Neo4j is embedded or over Bolt otherwise, with
 * rows as plain Java values ({@code Row}, {@code Cell}); the request's {@code ReadBudget}
 * (deadline and statement count, carried across threads by {@code ReadBudgetAccessor}); the
 * Cypher pieces repositories assemble statements from ({@code Projection}, {@code CypherTemplate});
 * and the database's health component. Every read feature depends on it; it depends on nothing
 * of this project but the embedded DBMS.
 */
package org.migrationgraph.reads;
