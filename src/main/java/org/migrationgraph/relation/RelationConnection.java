package org.migrationgraph.relation;

import java.util.List;

import org.migrationgraph.support.PageInfo;

/** A page of an entity's relationships. */
record RelationConnection(List<RelationEdge> edges, PageInfo pageInfo, int totalCount) {
}
