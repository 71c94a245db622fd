package org.migrationgraph.curation;

import java.util.List;

import org.migrationgraph.history.Revision;

/** A stale change's subject, its current version and what changed since the version the change was based on. */
record ConflictView(String subjectId, long currentVersion, List<Revision> changesSince) {
}
