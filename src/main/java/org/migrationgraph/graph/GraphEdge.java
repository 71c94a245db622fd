package org.migrationgraph.graph;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.migrationgraph.entity.CitationView;
import org.migrationgraph.entity.EntityMapping;
import org.migrationgraph.entity.PropertyHolder;

/** A relationship in a subgraph or path, with the ids of both ends. */
public record GraphEdge(String id, String type, String source, String target, Map<String, Object> properties,
                 List<CitationView> citations) implements PropertyHolder {

    /** From the map the Cypher below returns: {type, source, target, props}. */
    static GraphEdge of(Map<String, Object> row) {
        return of(row, UnaryOperator.identity());
    }

    /** The same, where the row names the ends by something {@code idOf} turns into their ids. */
    @SuppressWarnings("unchecked")
    static GraphEdge of(Map<String, Object> row, UnaryOperator<String> idOf) {
        Map<String, Object> props = (Map<String, Object>) row.get("props");
        return new GraphEdge((String) props.get("id"), (String) row.get("type"), idOf.apply((String) row.get("source")),
                idOf.apply((String) row.get("target")), EntityMapping.visibleProperties(props), EntityMapping.citations(props));
    }
}
