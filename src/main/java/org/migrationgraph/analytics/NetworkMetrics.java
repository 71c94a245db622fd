package org.migrationgraph.analytics;

import java.util.List;

import org.migrationgraph.entity.EntityView;

/**
 * Centrality and communities of a subgraph: its size, the relation types counted and those left
 * out as structural, and the entities ranked by the measure asked for.
 */
record NetworkMetrics(int entities, int relations, int communities, List<String> relationTypes, List<String> leftOut,
                      List<Ranked> nodes) {

    /** One entity's figures. */
    record Ranked(EntityView entity, int degree, double betweenness, double pageRank, int community) {
    }
}
