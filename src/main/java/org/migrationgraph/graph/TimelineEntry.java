package org.migrationgraph.graph;

import org.migrationgraph.entity.EntityView;

/** A dated entity on the timeline. */
record TimelineEntry(String date, String endDate, String status, EntityView entity) {
}
