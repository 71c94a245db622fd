package org.migrationgraph.graph;

import java.util.List;
import java.util.Map;

import org.migrationgraph.entity.EntityMapping;
import org.migrationgraph.entity.EntityView;
import org.neo4j.driver.Value;

/** Turns the {props, labels} and edge maps the graph queries return into read models. */
final class GraphRows {

    private GraphRows() {
    }

    static List<EntityView> nodes(Value value) {
        return value.asList(v -> EntityMapping.toView(v.get("props").asMap(), v.get("labels").asList(Value::asString)));
    }

    static List<GraphEdge> edges(Value value) {
        return value.asList(v -> GraphEdge.of(v.asMap()));
    }

    static Subgraph subgraph(org.neo4j.driver.Record record) {
        return new Subgraph(nodes(record.get("nodes")), edges(record.get("edges")), record.get("truncated").asBoolean());
    }

    static Map<String, Object> parameters(Object... keysAndValues) {
        Map<String, Object> map = new java.util.HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
