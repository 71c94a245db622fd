/**
 * The versioned schema migrations ({@code neo4j/migrations/V*__*.cypher}): applied once each,
 * in order, recorded with checksums, one instance at a time; then every {@code DerivedProperty}
 * whose rules changed is derived again on the stored records. Start-up depends on it; it
 * depends on {@code embedded} only to know whether the database is its alone (then a migration
 * lock found at start-up was left by a killed process and is removed). {@code IndexesMadeTogether}
 * makes the indexes that depend on the seed's vocabulary, for the features that own them.
 */
package org.migrationgraph.schema;
