package org.migrationgraph.list;

import java.util.List;

import org.migrationgraph.support.PageInfo;
import org.migrationgraph.entity.EntityView;

/** A page of entities; totalCount is resolved from {@code query} on demand. */
record EntityConnection(List<EntityEdgeView> edges, PageInfo pageInfo, ListQuery query) {

    public List<EntityView> nodes() {
        return edges.stream().map(EntityEdgeView::node).toList();
    }

    record EntityEdgeView(String cursor, EntityView node) {
    }
}
