package org.migrationgraph.vocabulary;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.migrationgraph.reads.Cell;
import org.migrationgraph.reads.GraphReads;
import org.springframework.stereotype.Repository;

/** Reads the vocabulary the seed loader wrote, the property keys Neo4j knows, and counts. */
@Repository
class VocabularyRepository {

    private static final String TERMS = """
            MATCH (t:VocabularyTerm)
            RETURN t.category AS category, t.name AS name, t.meaning AS meaning, coalesce(t.structural, false) AS structural
            ORDER BY t.name
            """;
    /** Neo4j's token store: every property key in use, without reading a node. */
    private static final String PROPERTY_KEYS = """
            CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey
            """;
    private static final String ENTITY_IDS = """
            MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id
            """;
    /** Ids that share the unknown one's prefix, to suggest from; bounded so it stays cheap. */
    private static final String IDS_WITH_PREFIX = """
            MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN n.id AS id LIMIT 5000
            """;
    private static final String COUNTS = """
            CALL () {
              UNWIND $kinds AS kind
              CALL (kind) { MATCH (n:$(kind)) RETURN count(n) AS count }
              RETURN collect([kind, count]) AS kinds
            }
            CALL () {
              UNWIND $types AS type
              CALL (type) { MATCH ()-[r:$(type)]->() RETURN count(r) AS count }
              RETURN collect([type, count]) AS types
            }
            RETURN kinds, types
            """;

    private final GraphReads reads;

    VocabularyRepository(GraphReads reads) {
        this.reads = reads;
    }

    List<Row> terms() {
        return reads.list(TERMS, Map.of(), r -> new Row(r.get("category").asString(), new Term(r.get("name").asString(),
                r.get("meaning").asString(null), r.get("structural").asBoolean())));
    }

    record Row(String category, Term term) {
    }

    Set<String> propertyKeys() {
        return new TreeSet<>(reads.list(PROPERTY_KEYS, Map.of(), r -> r.get("propertyKey").asString()));
    }

    Set<String> existingIds(List<String> ids) {
        return new TreeSet<>(reads.list(ENTITY_IDS, Map.of("ids", ids), r -> r.get("id").asString()));
    }

    List<String> idsStartingWith(String prefix) {
        return reads.list(IDS_WITH_PREFIX, Map.of("prefix", prefix), r -> r.get("id").asString());
    }

    /** How many entities carry each kind label and how many relationships have each type. */
    Map<String, Map<String, Integer>> counts(List<String> kinds, List<String> types) {
        return reads.first(COUNTS, Map.of("kinds", kinds, "types", types), r -> Map.of(
                "kinds", pairs(r.get("kinds")), "types", pairs(r.get("types")))).orElseThrow();
    }

    private static Map<String, Integer> pairs(Cell cell) {
        Map<String, Integer> map = new java.util.HashMap<>();
        cell.asList(c -> c).forEach(pair -> {
            List<Cell> items = pair.asList(x -> x);
            map.put(items.get(0).asString(), items.get(1).asInt());
        });
        return map;
    }
}
