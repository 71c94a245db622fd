package org.migrationgraph.relation;

import java.util.Map;
import java.util.Optional;

import org.migrationgraph.entity.EntityMapping;
import org.migrationgraph.reads.GraphReads;
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
        int arrow = id.lastIndexOf("->");
        int dash = arrow < 0 ? -1 : id.lastIndexOf('-', arrow - 1);
        if (dash <= 0) {
            return Optional.empty();
        }
        return reads.first(BY_ENDS, Map.of("id", id, "from", id.substring(0, dash), "to", id.substring(arrow + 2)), row -> {
            Map<String, Object> props = row.get("props").asMap();
            return new RelationView(row.get("id").asString(), row.get("type").asString(), row.get("from").asString(),
                    row.get("to").asString(), EntityMapping.version(props), EntityMapping.visibleProperties(props),
                    EntityMapping.citations(props));
        });
    }
}
