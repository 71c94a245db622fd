/**
 * The Neo4j DBMS inside the JVM (ADR 1, ADR 9): its start and clean stop, its Bolt port on
 * loopback guarded by a password ({@code BoltCredentials}), and its settings from
 * {@code migration-graph.embedded.*}. Only the read path (in-process reads) and start-up
 * depend on it; in external mode it is not created.
 */
package org.migrationgraph.embedded;
