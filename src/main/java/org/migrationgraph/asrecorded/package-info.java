/**
 * Transaction time: the graph as it was recorded at a moment ({@code asRecordedOn}), rebuilt from
 * history. {@code AsRecorded} reads the revisions made after the moment and keeps, for each entity
 * and relation they touched, the state its first later revision saw as "before" (or that it did
 * not exist yet): an {@code Overlay}. {@code Rewind} turns it into writes that undo those
 * revisions, and {@code AsRecorded.reads} gives reads whose every statement runs after them in a
 * transaction that is always rolled back, so any query answers as recorded with its own
 * statement. It depends on {@code reads}, {@code seed} (the stored shape of a record) and
 * {@code support}; the features that answer as recorded ({@code entity}, {@code relation},
 * {@code list}, {@code graph}, {@code export}) depend on it.
 */
package org.migrationgraph.asrecorded;
