package org.migrationgraph.graph;

import org.migrationgraph.entity.EntityView;

/** An entity and how many relationships it has. */
record Degree(EntityView entity, int degree) {
}
