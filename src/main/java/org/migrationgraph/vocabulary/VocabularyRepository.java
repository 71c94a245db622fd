package org.migrationgraph.vocabulary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.migrationgraph.reads.Cell;
import org.migrationgraph.reads.CypherTemplate;
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
    /**
     * Each count as a COUNT of one literal label or type, which Neo4j answers from its count store
     * (one database hit each). A dynamic label ({@code n:$(kind)}) is, in Neo4j 5.26, a filter over
     * every node or relationship: at a million entities the vocabulary query ran out of its time
     * on every request. The names are the declared vocabulary's, quoted (CypherTemplate#quoted).
     */
    private static final String KIND_COUNT = "COUNT { (:%s) }";
    private static final String TYPE_COUNT = "COUNT { ()-[:%s]->() }";

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
        return reads.first(countStatement(kinds, types), Map.of(), r -> Map.of(
                "kinds", named(kinds, r.get("kinds")), "types", named(types, r.get("types")))).orElseThrow();
    }

    /** One statement whose two lists hold the counts in the order of the names given. */
    static String countStatement(List<String> kinds, List<String> types) {
        return "RETURN " + counts(KIND_COUNT, kinds) + " AS kinds, " + counts(TYPE_COUNT, types) + " AS types";
    }

    private static String counts(String count, List<String> names) {
        return names.stream().map(name -> count.formatted(CypherTemplate.quoted(name))).collect(Collectors.joining(", ", "[", "]"));
    }

    private static Map<String, Integer> named(List<String> names, Cell counts) {
        List<Integer> values = counts.asList(Cell::asInt);
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), values.get(i));
        }
        return map;
    }
}
