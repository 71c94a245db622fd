package org.migrationgraph.relation;

import java.util.Map;
import java.util.Optional;

import org.migrationgraph.entity.EntityMapping;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.support.RelationIds;
import org.springframework.stereotype.Repository;

/** Relations by id. An id reads {@code <from>-<TYPE>-><to>}, so the lookup starts from its ends' index. */
@Repository
public class RelationLookup {

    private static final String BY_ENDS = """
            MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to}) WHERE r.id = $id
            RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
            """;

    private final GraphReads reads;

    RelationLookup(GraphReads reads) {
        this.reads = reads;
    }

    public Optional<RelationView> findById(String id) {
        Optional<RelationIds.Ends> ends = RelationIds.ends(id);
        if (ends.isEmpty()) {
            return Optional.empty();
        }
        return reads.first(BY_ENDS, Map.of("id", id, "from", ends.get().from(), "to", ends.get().to()), row -> {
            Map<String, Object> props = row.get("props").asMap();
            return new RelationView(row.get("id").asString(), row.get("type").asString(), row.get("from").asString(),
                    row.get("to").asString(), EntityMapping.version(props), EntityMapping.visibleProperties(props),
                    EntityMapping.citations(props));
        });
    }
}
