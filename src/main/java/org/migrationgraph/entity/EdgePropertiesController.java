package org.migrationgraph.entity;

import java.util.List;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** A relationship's stored properties as a list of key and text, for both kinds of edge and for Relation. */
@Controller
class EdgePropertiesController {

    @SchemaMapping(typeName = "RelationEdge")
    List<PropertyView> properties(PropertyHolder edge) {
        return list(edge);
    }

    @SchemaMapping(typeName = "Relation", field = "properties")
    List<PropertyView> relationProperties(PropertyHolder relation) {
        return list(relation);
    }

    @SchemaMapping(typeName = "GraphEdge", field = "properties")
    List<PropertyView> graphEdgeProperties(PropertyHolder edge) {
        return list(edge);
    }

    private static List<PropertyView> list(PropertyHolder edge) {
        return edge.properties().entrySet().stream().map(e -> new PropertyView(e.getKey(), String.valueOf(e.getValue()))).toList();
    }
}
