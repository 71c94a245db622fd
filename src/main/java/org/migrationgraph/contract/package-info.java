/**
 * The API as a contract for programs: the schema as SDL at {@code /graphql/schema.graphqls}
 * ({@code SchemaSdl}, the printer the snapshot test uses against docs/schema.graphqls and
 * CHANGELOG.md), and trusted operations: documents registered by name (a manifest folder, or
 * {@code registerTrustedOperation}) and called by name or SHA-256 hash, Apollo's persisted-query
 * convention, with a safelist mode that runs nothing else. It depends on {@code reads} (lookups),
 * {@code security} (the admin role) and {@code support} (error codes); {@code web}'s GET handler
 * depends on it to resolve a persisted query before deciding whether GET may run it.
 */
package org.migrationgraph.contract;
