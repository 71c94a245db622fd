package org.migrationgraph.graph;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Repository;

/** Shortest paths between entities, over entity-to-entity relationships only. */
@Repository
@Transactional(readOnly = true)
class PathRepository {

    private static final String PATH_ROWS = """
            RETURN length(p) AS length,
                   [x IN nodes(p) | {props: properties(x), labels: labels(x)}] AS nodes,
                   [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}] AS edges
            """;
    private static final String SHORTEST = """
            MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
            MATCH p = shortestPath((a)-[*..6]-(b))
            WHERE length(p) <= $maxHops AND all(x IN nodes(p) WHERE x:Entity)
              AND all(r IN relationships(p) WHERE $types IS NULL OR type(r) IN $types)
            """ + PATH_ROWS;
    private static final String ALL_SHORTEST = """
            MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
            MATCH p = allShortestPaths((a)-[*..6]-(b))
            WHERE length(p) <= $maxHops AND all(x IN nodes(p) WHERE x:Entity)
              AND all(r IN relationships(p) WHERE $types IS NULL OR type(r) IN $types)
            WITH p LIMIT $limit
            """ + PATH_ROWS;

    private final Neo4jClient neo4j;

    PathRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<GraphPath> paths(String from, String to, int maxHops, List<String> types, int limit) {
        String cypher = limit == 1 ? SHORTEST : ALL_SHORTEST;
        return List.copyOf(neo4j.query(cypher)
                .bindAll(GraphRows.parameters("from", from, "to", to, "maxHops", maxHops, "types", types, "limit", limit))
                .fetchAs(GraphPath.class)
                .mappedBy((t, r) -> new GraphPath(r.get("length").asInt(), GraphRows.nodes(r.get("nodes")), GraphRows.edges(r.get("edges"))))
                .all());
    }
}
