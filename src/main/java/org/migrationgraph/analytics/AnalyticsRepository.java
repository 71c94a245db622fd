package org.migrationgraph.analytics;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.migrationgraph.entity.CitationView;
import org.migrationgraph.entity.EntityMapping;
import org.migrationgraph.entity.EntityView;
import org.migrationgraph.reads.Cell;
import org.migrationgraph.reads.GraphReads;
import org.springframework.stereotype.Repository;

/** The subgraph analytics run on, and the interlocks of one entity, read in one statement each. */
@Repository
class AnalyticsRepository {

    private static final String NODES = """
            MATCH (n:Entity) WHERE $anyKind OR any(k IN $kinds WHERE k IN labels(n))
            RETURN n.id AS id LIMIT $atMost
            """;
    private static final String EDGES = """
            MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types
              AND ($anyKind OR (any(k IN $kinds WHERE k IN labels(a)) AND any(k IN $kinds WHERE k IN labels(b))))
            RETURN a.id AS from, b.id AS to
            """;
    /**
     * Two relations through one neighbour, each pair of entities counted once per shared
     * neighbour. The entities are ranked on ids and counts alone, and only the first few are
     * read in full with some of their shared neighbours: reading every path's properties before
     * ranking ran out of time on every request around a Member State of a million-entity graph.
     * Each one's shared neighbours are read from whichever of the two has fewer relations (a
     * scoped CALL, so the planner cannot start from the busier one), and only the first
     * $shown found, so that listing them does not read all shared neighbours of two hubs.
     */
    static final String INTERLOCKS = """
            MATCH (me:Entity {id: $id})
            CALL (me) {
              MATCH (me)-[r1]-(shared:Entity)-[r2]-(other:Entity)
              WHERE other <> me AND shared <> me AND type(r1) IN $types AND type(r2) IN $types
                AND ($anyKind OR any(k IN $kinds WHERE k IN labels(other)))
              WITH other, count(DISTINCT shared) AS sharedCount
              ORDER BY sharedCount DESC, other.id LIMIT $first
              RETURN other, sharedCount
            }
            CALL (me, other) {
              CALL (me, other) {
                WITH me, other WHERE COUNT { (me)--() } <= COUNT { (other)--() }
                CALL (me) {
                  MATCH (me)-[r1]-(shared:Entity) WHERE shared <> me AND type(r1) IN $types
                  RETURN shared
                }
                MATCH (shared)-[r2]-(other) WHERE type(r2) IN $types
                RETURN shared
                UNION ALL
                WITH me, other WHERE COUNT { (me)--() } > COUNT { (other)--() }
                CALL (me, other) {
                  MATCH (other)-[r2]-(shared:Entity) WHERE shared <> me AND type(r2) IN $types
                  RETURN shared
                }
                MATCH (me)-[r1]-(shared) WHERE type(r1) IN $types
                RETURN shared
              }
              WITH DISTINCT shared LIMIT $shown
              CALL (me, shared) {
                MATCH (me)-[r1]-(shared) WHERE type(r1) IN $types
                RETURN r1 ORDER BY r1.id LIMIT 1
              }
              CALL (other, shared) {
                MATCH (other)-[r2]-(shared) WHERE type(r2) IN $types
                RETURN r2 ORDER BY r2.id LIMIT 1
              }
              WITH shared, r1, r2 ORDER BY shared.id
              RETURN collect({shared: shared {.*}, sharedLabels: labels(shared),
                              mine: {type: type(r1), from: startNode(r1).id, to: endNode(r1).id, props: properties(r1)},
                              theirs: {type: type(r2), from: startNode(r2).id, to: endNode(r2).id, props: properties(r2)}}) AS via
            }
            RETURN other {.*} AS other, labels(other) AS labels, sharedCount, via
            ORDER BY sharedCount DESC, other.id
            """;

    private final GraphReads reads;

    AnalyticsRepository(GraphReads reads) {
        this.reads = reads;
    }

    /** The subgraph's entities, at most {@code atMost} of them (one more than can be computed tells it is too large). */
    Set<String> nodes(List<String> kinds, int atMost) {
        return new LinkedHashSet<>(reads.list(NODES, withKinds(GraphReads.parameters("atMost", atMost), kinds), r -> r.get("id").asString()));
    }

    List<String[]> edges(List<String> kinds, List<String> types) {
        return reads.list(EDGES, withKinds(GraphReads.parameters("types", types), kinds),
                r -> new String[] {r.get("from").asString(), r.get("to").asString()});
    }

    List<Interlock> interlocks(String id, List<String> kinds, List<String> types, int first, int shown) {
        return reads.list(INTERLOCKS, interlockParameters(id, kinds, types, first, shown),
                r -> new Interlock(EntityMapping.toView(r.get("other").asMap(), r.get("labels").asList(Cell::asString)),
                        r.get("sharedCount").asInt(), r.get("via").asList(v -> shared(v.asMap()))));
    }

    /** INTERLOCKS's parameters; InterlocksWorkIT runs the statement with them. */
    static Map<String, Object> interlockParameters(String id, List<String> kinds, List<String> types, int first, int shown) {
        return withKinds(GraphReads.parameters("id", id, "types", types, "first", first, "shown", shown), kinds);
    }

    /** The kinds as {@link GraphReads#optionalList}: leaving them out adds no plan of its own. */
    private static Map<String, Object> withKinds(Map<String, Object> parameters, List<String> kinds) {
        return GraphReads.optionalList(parameters, "kinds", "anyKind", kinds);
    }

    @SuppressWarnings("unchecked")
    private static Interlock.Shared shared(Map<String, Object> via) {
        EntityView neighbour = EntityMapping.toView((Map<String, Object>) via.get("shared"), (List<String>) via.get("sharedLabels"));
        return new Interlock.Shared(neighbour, edge((Map<String, Object>) via.get("mine")), edge((Map<String, Object>) via.get("theirs")));
    }

    @SuppressWarnings("unchecked")
    private static Interlock.Edge edge(Map<String, Object> edge) {
        Map<String, Object> props = (Map<String, Object>) edge.get("props");
        String type = (String) edge.get("type");
        String from = (String) edge.get("from");
        String to = (String) edge.get("to");
        List<CitationView> citations = EntityMapping.citations(props);
        return new Interlock.Edge(props.get("id") instanceof String stored ? stored : from + "-" + type + "->" + to, type, from, to, citations);
    }
}
