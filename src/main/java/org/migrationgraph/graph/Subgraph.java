package org.migrationgraph.graph;

import java.util.List;

import org.migrationgraph.entity.EntityView;

/**
 * Entities and the relationships among them; shared with analytics, which computes metrics over
 * it. undatedFactsIncluded is null when the query was not bound in time.
 */
public record Subgraph(List<EntityView> nodes, List<GraphEdge> edges, boolean truncated, Integer undatedFactsIncluded) {
}
