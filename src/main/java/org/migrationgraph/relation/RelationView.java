package org.migrationgraph.relation;

import java.util.List;
import java.util.Map;

import org.migrationgraph.entity.CitationView;
import org.migrationgraph.entity.PropertyHolder;
import org.migrationgraph.support.NamedType;

/** One relation looked up by its id (the Relation type): what curators read before they change it. */
public record RelationView(String id, String type, String fromId, String toId, long version,
                           Map<String, Object> properties, List<CitationView> citations) implements PropertyHolder, NamedType {

    @Override
    public String graphQlType() {
        return "Relation";
    }
}
