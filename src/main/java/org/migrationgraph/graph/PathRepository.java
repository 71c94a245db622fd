package org.migrationgraph.graph;

import java.util.List;
import java.util.Map;

import org.migrationgraph.reads.Projection;
import org.migrationgraph.reads.GraphReads;
import org.springframework.stereotype.Repository;

/** Shortest paths between entities, over entity-to-entity relationships only; the shortest path is the first of them. */
@Repository
class PathRepository {

    private static final String PATH_ROWS = """
            RETURN length(p) AS length,
                   [x IN nodes(p) | {props: {{nodeProperties}}, labels: labels(x)}] AS nodes,
                   [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, props: {{edgeProperties}}}] AS edges
            """;
    /**
     * Every shortest path, in a fixed order (by the ids along it), so that equally short paths
     * come back the same way from any database holding the same graph; shortestPath() would pick
     * one by store order, which differs between two stores loaded from the same seed. The hop
     * bound is in the pattern and every predicate is on single nodes or relationships, so the
     * planner runs a bidirectional breadth-first search (the ShortestPath operator) with the
     * predicates inside it; a predicate on the whole path (such as its length) would add an
     * exhaustive search as a fallback.
     */
    private static final String ALL_SHORTEST = """
            MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
            MATCH p = allShortestPaths((a)-[*..{{maxHops}}]-(b))
            WHERE all(x IN nodes(p) WHERE x:Entity)
              AND all(r IN relationships(p) WHERE $types IS NULL OR type(r) IN $types)
            WITH p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | r.id] LIMIT $limit
            """;
    /** Hop bounds must be literals: one statement per bound (1 to 6) and projection, made once, never built from input. */
    private static final List<Map<Projection, String>> ALL_SHORTEST_BY_HOPS = java.util.stream.IntStream.rangeClosed(1, 6)
            .mapToObj(hops -> Projection.statements(p -> org.migrationgraph.reads.CypherTemplate.fill(ALL_SHORTEST, Map.of("maxHops", String.valueOf(hops)))
                    + p.fill(PATH_ROWS, "x", "r")))
            .toList();

    private final GraphReads reads;

    PathRepository(GraphReads reads) {
        this.reads = reads;
    }

    List<GraphPath> paths(String from, String to, int maxHops, List<String> types, int limit, Projection projection) {
        return reads.list(statement(maxHops, projection), GraphReads.parameters("from", from, "to", to, "types", types, "limit", limit),
                r -> new GraphPath(r.get("length").asInt(), GraphRows.nodes(r.get("nodes")), GraphRows.edges(r.get("edges"))));
    }

    static String statement(int maxHops, Projection projection) {
        return ALL_SHORTEST_BY_HOPS.get(maxHops - 1).get(projection);
    }
}
