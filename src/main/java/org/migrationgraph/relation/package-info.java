/**
 * {@code Entity.relations} on every entity type and the typed lists built on relations
 * ({@code Meeting.speakers}, {@code Framework.objectives}), batched through one DataLoader so a
 * query runs one statement per nesting level (and, for hubs, one per relation type read); the
 * relations a list page asks of its entities, read by the list's own statement
 * ({@code ListedRelations}, which the list package uses); and the page keys and indexes a hub's
 * relations are paged from. It depends on the vocabulary for the declared relation types and on
 * the seed's bulk writes for the keys every writer stores; start-up depends on it to make the
 * indexes. It registers one function in the embedded database, for the degrees a page counts
 * from (RelationDegrees, ADR 16).
 */
package org.migrationgraph.relation;
