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
     * one by store order, which differs between two stores loaded from the same seed.
     */
    private static final String ALL_SHORTEST = """
            MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
            MATCH p = allShortestPaths((a)-[*..6]-(b))
            WHERE length(p) <= $maxHops AND all(x IN nodes(p) WHERE x:Entity)
              AND all(r IN relationships(p) WHERE $types IS NULL OR type(r) IN $types)
            WITH p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | r.id] LIMIT $limit
            """;
    private static final Map<Projection, String> ALL_SHORTEST_BY_PROJECTION = Projection.statements(p -> ALL_SHORTEST + p.fill(PATH_ROWS, "x", "r"));

    private final GraphReads reads;

    PathRepository(GraphReads reads) {
        this.reads = reads;
    }

    List<GraphPath> paths(String from, String to, int maxHops, List<String> types, int limit, Projection projection) {
        String cypher = ALL_SHORTEST_BY_PROJECTION.get(projection);
        return reads.list(cypher, GraphReads.parameters("from", from, "to", to, "maxHops", maxHops, "types", types, "limit", limit),
                r -> new GraphPath(r.get("length").asInt(), GraphRows.nodes(r.get("nodes")), GraphRows.edges(r.get("edges"))));
    }
}
