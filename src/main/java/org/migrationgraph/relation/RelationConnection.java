package org.migrationgraph.relation;

import java.util.List;

import org.migrationgraph.support.PageInfo;

/** A page of an entity's relationships; undatedFactsIncluded is null when the query is not bound in time. */
record RelationConnection(List<RelationEdge> edges, PageInfo pageInfo, int totalCount, Integer undatedFactsIncluded) {
}
