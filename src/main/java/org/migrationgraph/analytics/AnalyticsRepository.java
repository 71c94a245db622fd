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
            MATCH (n:Entity) WHERE $kinds IS NULL OR any(k IN $kinds WHERE k IN labels(n))
            RETURN n.id AS id LIMIT $atMost
            """;
    private static final String EDGES = """
            MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types
              AND ($kinds IS NULL OR (any(k IN $kinds WHERE k IN labels(a)) AND any(k IN $kinds WHERE k IN labels(b))))
            RETURN a.id AS from, b.id AS to
            """;
    /** Two relations through one neighbour; each pair of entities counted once per shared neighbour. */
    private static final String INTERLOCKS = """
            MATCH (me:Entity {id: $id})-[r1]-(shared:Entity)-[r2]-(other:Entity)
            WHERE other <> me AND shared <> me AND type(r1) IN $types AND type(r2) IN $types
              AND ($kinds IS NULL OR any(k IN $kinds WHERE k IN labels(other)))
            WITH other, shared, head(collect(r1)) AS r1, head(collect(r2)) AS r2
            WITH other, count(shared) AS sharedCount,
                 collect({shared: shared {.*}, sharedLabels: labels(shared),
                          mine: {type: type(r1), from: startNode(r1).id, to: endNode(r1).id, props: properties(r1)},
                          theirs: {type: type(r2), from: startNode(r2).id, to: endNode(r2).id, props: properties(r2)}}) AS via
            ORDER BY sharedCount DESC, other.id LIMIT $first
            RETURN other {.*} AS other, labels(other) AS labels, sharedCount, via[0..$shown] AS via
            """;

    private final GraphReads reads;

    AnalyticsRepository(GraphReads reads) {
        this.reads = reads;
    }

    /** The subgraph's entities, at most {@code atMost} of them (one more than can be computed tells it is too large). */
    Set<String> nodes(List<String> kinds, int atMost) {
        return new LinkedHashSet<>(reads.list(NODES, GraphReads.parameters("kinds", kinds, "atMost", atMost), r -> r.get("id").asString()));
    }

    List<String[]> edges(List<String> kinds, List<String> types) {
        return reads.list(EDGES, GraphReads.parameters("kinds", kinds, "types", types),
                r -> new String[] {r.get("from").asString(), r.get("to").asString()});
    }

    List<Interlock> interlocks(String id, List<String> kinds, List<String> types, int first, int shown) {
        return reads.list(INTERLOCKS, GraphReads.parameters("id", id, "kinds", kinds, "types", types, "first", first, "shown", shown),
                r -> new Interlock(EntityMapping.toView(r.get("other").asMap(), r.get("labels").asList(Cell::asString)),
                        r.get("sharedCount").asInt(), r.get("via").asList(v -> shared(v.asMap()))));
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
