package org.migrationgraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.migrationgraph.entity.EntityMapping;
import org.migrationgraph.entity.EntityView;
import org.migrationgraph.reads.Cell;
import org.migrationgraph.reads.Row;
import org.migrationgraph.validtime.ValidTime;

/**
 * Turns the {props, labels, start, undated} and edge maps the graph queries return into read
 * models, with entities as they stood in the query's window of valid time.
 */
final class GraphRows {

    private GraphRows() {
    }

    static List<EntityView> nodes(Cell value, ValidTime time) {
        return value.asList(v -> EntityMapping.toView(time.asThen(v.get("props").asMap(), v.get("start").asString(null)),
                v.get("labels").asList(Cell::asString)));
    }

    static List<GraphEdge> edges(Cell value) {
        return value.asList(v -> GraphEdge.of(v.asMap()));
    }

    /** How many of the entities and relationships are in only because undated facts count as always true; null when unbound. */
    static Integer undated(ValidTime time, Cell nodes, Cell edges) {
        if (!time.bound()) {
            return null;
        }
        return (int) (nodes.asList(v -> v.get("undated").asBoolean()).stream().filter(b -> b).count()
                + edges.asList(v -> v.get("undated").asBoolean()).stream().filter(b -> b).count());
    }

    static Subgraph subgraph(Row record, ValidTime time) {
        List<EntityView> nodes = nodes(record.get("nodes"), time);
        return new Subgraph(nodes, edgesAmong(record.get("nodes"), nodes, record.get("edges")), record.get("truncated").asBoolean(),
                undated(time, record.get("nodes"), record.get("edges")));
    }

    /**
     * A subgraph's edges, whose ends the statement names by element id (SubgraphRepository's
     * member rows say why): each is one of the members, whose rows carry both ids.
     */
    static List<GraphEdge> edgesAmong(Cell memberRows, List<EntityView> members, Cell edges) {
        List<Map<String, Object>> rows = edges.asList(Cell::asMap);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> refs = memberRows.asList(v -> v.get("ref").asString());
        Map<String, String> ids = new HashMap<>(refs.size() * 2);
        for (int i = 0; i < refs.size(); i++) {
            ids.put(refs.get(i), members.get(i).id());
        }
        return rows.stream().map(row -> GraphEdge.of(row, ids::get)).toList();
    }
}
