package org.migrationgraph.relation;

import java.util.List;

/** The arguments of Entity.relations; entities asked for with the same filter share one statement. */
record RelationFilter(List<String> types, String direction, List<String> kinds, int first, int skip) {
}
