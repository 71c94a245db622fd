package org.migrationgraph.graph;

import java.util.List;

import org.migrationgraph.entity.EntityMapping;
import org.migrationgraph.entity.EntityView;
import org.migrationgraph.reads.Cell;
import org.migrationgraph.reads.Row;

/** Turns the {props, labels} and edge maps the graph queries return into read models. */
final class GraphRows {

    private GraphRows() {
    }

    static List<EntityView> nodes(Cell value) {
        return value.asList(v -> EntityMapping.toView(v.get("props").asMap(), v.get("labels").asList(Cell::asString)));
    }

    static List<GraphEdge> edges(Cell value) {
        return value.asList(v -> GraphEdge.of(v.asMap()));
    }

    static Subgraph subgraph(Row record) {
        return new Subgraph(nodes(record.get("nodes")), edges(record.get("edges")), record.get("truncated").asBoolean());
    }
}
