package org.migrationgraph.graph;

import java.util.List;

import org.migrationgraph.entity.EntityView;

/** The GraphQL Path: entities from start to end and the hops between them; undatedFactsIncluded is null when unbound in time. */
record GraphPath(int length, List<EntityView> nodes, List<GraphEdge> edges, Integer undatedFactsIncluded) {
}
