/**
 * Transaction time: the graph as it was recorded at a moment ({@code asRecordedOn}), rebuilt from
 * history. {@code AsRecorded} reads the revisions made after the moment and keeps, for each entity
 * and relation they touched, the state its first later revision saw as "before" (or that it did
 * not exist yet): an {@code Overlay} that the queries answering as recorded lay over what they
 * read now. It depends on {@code reads}, {@code seed} (the stored shape of a record) and
 * {@code support}; the features that answer as recorded ({@code relation}, {@code entity},
 * {@code graph}) depend on it.
 */
package org.migrationgraph.asrecorded;
