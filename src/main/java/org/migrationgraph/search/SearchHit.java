package org.migrationgraph.search;

import org.migrationgraph.entity.EntityView;

/** One ranked result; the GraphQL SearchEdge. */
record SearchHit(EntityView node, double score, String cursor) {
}
