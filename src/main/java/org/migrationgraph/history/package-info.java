/**
 * History: every curated change to an entity or relation leaves a {@link org.migrationgraph.history.Revision}
 * (who, when, why, before and after), stored with Spring Data Neo4j because its shape is fixed,
 * and readable as {@code Entity.history} and {@code Relation.history}. Curation writes
 * revisions; it depends on {@code security} for who made a change (auditing).
 */
package org.migrationgraph.history;
