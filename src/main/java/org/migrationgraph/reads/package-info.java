/**
 * How the API reads the graph (ADR 6): the {@code GraphReads} port, one statement in one
 * read-only transaction, run in-process when Neo4j is embedded or over Bolt otherwise, with
 * rows as plain Java values ({@code Row}, {@code Cell}) and the request's read deadline. Every
 * read feature depends on it; it depends on nothing of this project but the embedded DBMS.
 */
package org.migrationgraph.reads;
