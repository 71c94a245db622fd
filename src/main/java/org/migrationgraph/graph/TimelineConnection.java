package org.migrationgraph.graph;

import java.util.List;

import org.migrationgraph.support.PageInfo;

/**
 * A page of the timeline; totalCount is counted from {@code query} only when asked for, read the
 * way the page was ({@code fromLastDate}: from the last date's index, as few entities reach `from`).
 */
record TimelineConnection(List<TimelineEdge> edges, PageInfo pageInfo, TimelineQuery query, boolean fromLastDate) {

    public List<TimelineEntry> nodes() {
        return edges.stream().map(TimelineEdge::node).toList();
    }

    record TimelineEdge(String cursor, TimelineEntry node) {
    }
}
