/**
 * The versioned schema migrations ({@code neo4j/migrations/V*__*.cypher}): applied once each,
 * in order, recorded with checksums. Only start-up depends on it.
 */
package org.migrationgraph.schema;
