/**
 * The Neo4j DBMS inside the JVM (ADR 1, ADR 9): its start and clean stop, its Bolt port on
 * loopback guarded by a password ({@code BoltCredentials}) and against web pages of other
 * origins ({@code BoltOriginGuard}), and its settings from {@code migration-graph.embedded.*}.
 * Only the read path (in-process reads), start-up and schema migrations depend on it; in
 * external mode it is not created.
 */
package org.migrationgraph.embedded;
