/**
 * {@code Entity.relations} on every entity type and the typed lists built on relations
 * ({@code Meeting.speakers}, {@code Framework.objectives}), batched through one DataLoader so a
 * query runs one statement per nesting level. Nothing depends on it.
 */
package org.migrationgraph.relation;
