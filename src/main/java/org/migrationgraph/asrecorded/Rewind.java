package org.migrationgraph.asrecorded;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.migrationgraph.reads.GraphReads.Statement;
import org.migrationgraph.seed.BulkWrites;
import org.migrationgraph.support.RelationIds;

/**
 * The writes that undo an overlay's revisions inside a read's own transaction, which is then
 * rolled back: the relations changed since go, the entities created since go, the entities
 * changed or deleted since are put back as they were recorded, then the relations that existed
 * then. Entities and relations are handled in id order, so that two reads undoing the same
 * revisions take their locks in the same order. Paragraphs, mentions and search indexes are read
 * as they are now: history records entities and relations.
 */
final class Rewind {

    private static final String RELATIONS_NOW_GO = """
            UNWIND $relations AS rel
            MATCH (a:Entity {id: rel.from})-[r]->(b:Entity {id: rel.to}) WHERE r.id = rel.id
            DELETE r
            """;
    private static final String ENTITIES_CREATED_SINCE_GO = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            DETACH DELETE n
            """;
    private static final String ENTITIES_AS_THEN = """
            UNWIND $entities AS row
            MERGE (n:Entity {id: row.props.id})
            WITH n, row, [l IN labels(n) WHERE NOT l IN row.labels] AS stale
            REMOVE n:$(stale)
            SET n = row.props
            SET n:$(row.labels)
            """ + BulkWrites.DERIVE_ENTITY;
    private static final String RELATIONS_AS_THEN = """
            UNWIND $relations AS rel
            MATCH (a:Entity {id: rel.from})
            MATCH (b:Entity {id: rel.to})
            CREATE (a)-[r:$(rel.type)]->(b)
            SET r = rel.props
            """ + BulkWrites.DERIVE_RELATION;

    private Rewind() {
    }

    static List<Statement> of(Overlay overlay) {
        List<Statement> statements = new ArrayList<>();
        List<Map<String, Object>> relationsNow = new ArrayList<>();
        List<Map<String, Object>> relationsThen = new ArrayList<>();
        new TreeMap<>(overlay.relations()).forEach((id, then) -> {
            RelationIds.ends(id).ifPresent(ends -> relationsNow.add(Map.of("id", id, "from", ends.from(), "to", ends.to())));
            then.ifPresent(r -> relationsThen.add(Map.of("from", r.from(), "to", r.to(), "type", r.type(), "props", r.props())));
        });
        List<String> createdSince = new ArrayList<>();
        List<Map<String, Object>> entitiesThen = new ArrayList<>();
        new TreeMap<>(overlay.entities()).forEach((id, then) -> then.ifPresentOrElse(
                e -> entitiesThen.add(Map.of("props", e.props(), "labels", e.labels())), () -> createdSince.add(id)));
        add(statements, RELATIONS_NOW_GO, "relations", relationsNow);
        add(statements, ENTITIES_CREATED_SINCE_GO, "ids", createdSince);
        add(statements, ENTITIES_AS_THEN, "entities", entitiesThen);
        add(statements, RELATIONS_AS_THEN, "relations", relationsThen);
        return statements;
    }

    private static void add(List<Statement> statements, String cypher, String name, List<?> rows) {
        if (!rows.isEmpty()) {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put(name, rows);
            statements.add(new Statement(cypher, parameters));
        }
    }
}
