package org.migrationgraph.relation;

import java.util.List;

import org.migrationgraph.reads.Projection;

/**
 * The arguments of Entity.relations and what the selection needs of each edge; entities asked
 * for with the same filter share one statement.
 */
record RelationFilter(List<String> types, String direction, List<String> kinds, int first, RelationCursor after, Projection projection) {
}
