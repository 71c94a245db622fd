package org.migrationgraph.relation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.migrationgraph.reads.CypherTemplate;
import org.migrationgraph.reads.GraphReads;

/**
 * totalCount of hubs' relations under a kind filter, one relation type at a time: a type and
 * direction that cannot reach the kinds ({@link KindReach}) counts nothing and is not read; one
 * whose every relation ends at one of the kinds is the hub's degree, which Neo4j keeps per type
 * and direction; only the rest is read, and then only that type's relations of the hub. Reading
 * every relation instead took 73 ms for the Global Compact's 227,000 at a million entities.
 * Valid time and the graph as once recorded decide relation by relation, so those are counted
 * by the page statement as before.
 */
final class HubTotals {

    /**
     * The branch that $side and $all pick: a degree (COUNT of a bare typed pattern, planned as a
     * degree lookup) or the type's relations of the hub read with the other end's kind checked.
     * Every relation of a declared type joins two entities, so the other end needs no Entity check.
     */
    private static final String TYPE_TOTAL = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            CALL (n) {
              WITH n WHERE $all AND $side = 'EITHER' RETURN COUNT { (n)-[:%1$s]-() } AS c
              UNION ALL
              WITH n WHERE $all AND $side = 'OUTGOING' RETURN COUNT { (n)-[:%1$s]->() } AS c
              UNION ALL
              WITH n WHERE $all AND $side = 'INCOMING' RETURN COUNT { (n)<-[:%1$s]-() } AS c
              UNION ALL
              WITH n WHERE NOT $all AND $side = 'EITHER' MATCH (n)-[:%1$s]-(m) WHERE any(k IN $kinds WHERE k IN labels(m)) RETURN count(*) AS c
              UNION ALL
              WITH n WHERE NOT $all AND $side = 'OUTGOING' MATCH (n)-[:%1$s]->(m) WHERE any(k IN $kinds WHERE k IN labels(m)) RETURN count(*) AS c
              UNION ALL
              WITH n WHERE NOT $all AND $side = 'INCOMING' MATCH (n)<-[:%1$s]-(m) WHERE any(k IN $kinds WHERE k IN labels(m)) RETURN count(*) AS c
            }
            RETURN id, sum(c) AS total""";

    private final GraphReads reads;
    /** One statement per relation type, planned once whatever the filter (its choices are parameters). */
    private final Map<String, String> statements = new ConcurrentHashMap<>();

    HubTotals(GraphReads reads) {
        this.reads = reads;
    }

    /** Whether a page under this filter leaves its hubs' totalCount to {@link #count}. */
    static boolean countsHubsOf(RelationFilter filter) {
        return filter.counted() && filter.kinds() != null && !filter.time().bound() && filter.asRecordedOn() == null;
    }

    /** Each hub's total under the filter, given the declared types it has relations of and the reach of each type. */
    Map<String, Integer> count(RelationFilter filter, Map<String, List<String>> hubTypes, Function<String, KindReach> reach) {
        Map<String, Integer> totals = new HashMap<>();
        hubTypes.keySet().forEach(hub -> totals.put(hub, 0));
        Set<String> types = new TreeSet<>();
        hubTypes.values().forEach(types::addAll);
        for (String type : types) {
            if (filter.types() != null && !filter.types().contains(type)) {
                continue;
            }
            Map<String, Object> parameters = typeParameters(filter, reach.apply(type));
            if (parameters == null) {
                continue;
            }
            parameters.put("ids", hubTypes.keySet().stream().filter(hub -> hubTypes.get(hub).contains(type)).toList());
            reads.list(statements.computeIfAbsent(type, HubTotals::statementOf), parameters,
                    record -> totals.merge(record.get("id").asString(), record.get("total").asInt(), Integer::sum));
        }
        return totals;
    }

    /**
     * Which side of the type to count and whether from the degree, or null when no relation of
     * the type can match: both directions together when both can (a loop is then counted once,
     * as the page statement counts it), from the degree when one kind holds every end counted.
     */
    static Map<String, Object> typeParameters(RelationFilter filter, KindReach reach) {
        boolean out = reach.outgoing(filter);
        boolean in = reach.incoming(filter);
        if (!out && !in) {
            return null;
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("side", out && in ? "EITHER" : out ? "OUTGOING" : "INCOMING");
        parameters.put("all", (!out || reach.toAll()) && (!in || reach.fromAll()));
        parameters.put("kinds", filter.kinds());
        return parameters;
    }

    static String statementOf(String type) {
        return TYPE_TOTAL.formatted(CypherTemplate.quoted(type));
    }
}
