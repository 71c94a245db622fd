package org.migrationgraph.graph;

import java.util.List;

import org.migrationgraph.support.PageInfo;

/** A page of the timeline; totalCount is counted from {@code query} only when asked for. */
record TimelineConnection(List<TimelineEdge> edges, PageInfo pageInfo, TimelineQuery query) {

    /** For a question that asks for none of the page's fields (totalCount alone): no page is read. */
    static TimelineConnection unread(TimelineQuery query) {
        return new TimelineConnection(List.of(), new PageInfo(false, false, null, null), query);
    }

    public List<TimelineEntry> nodes() {
        return edges.stream().map(TimelineEdge::node).toList();
    }

    record TimelineEdge(String cursor, TimelineEntry node) {
    }
}
