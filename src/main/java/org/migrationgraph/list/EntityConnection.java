package org.migrationgraph.list;

import java.util.List;

import org.migrationgraph.support.PageInfo;
import org.migrationgraph.entity.EntityView;

/**
 * A page of entities; totalCount is resolved from {@code query} on demand, with the narrow seek
 * the page was read by ({@code narrow}, null for none: ListRepository#narrowSeek), so that it is
 * not probed for again; undatedFactsIncluded is null when the query is not bound in time.
 */
record EntityConnection(List<EntityEdgeView> edges, PageInfo pageInfo, ListQuery query, Integer undatedFactsIncluded, Seek narrow) {

    public List<EntityView> nodes() {
        return edges.stream().map(EntityEdgeView::node).toList();
    }

    record EntityEdgeView(String cursor, EntityView node) {
    }
}
