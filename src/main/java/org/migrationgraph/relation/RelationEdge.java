package org.migrationgraph.relation;

import java.util.List;
import java.util.Map;

import org.migrationgraph.entity.CitationView;
import org.migrationgraph.entity.EntityView;
import org.migrationgraph.entity.PropertyHolder;

/** One relationship seen from an entity: its type, which way it points, the other end, its citations. */
public record RelationEdge(String cursor, String id, String type, String direction, EntityView node,
                           Map<String, Object> properties, List<CitationView> citations, long version) implements PropertyHolder {
}
