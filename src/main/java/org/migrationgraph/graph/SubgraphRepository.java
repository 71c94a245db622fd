package org.migrationgraph.graph;

import java.util.List;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Repository;

/** Neighbourhoods and networks: a set of entities, then the relationships among them. */
@Repository
@Transactional(readOnly = true)
class SubgraphRepository {

    /** Appended to each neighbourhood query: the edges among the chosen entities. */
    private static final String EDGES_AMONG_MEMBERS = """
            CALL (members) {
              UNWIND members AS a
              MATCH (a)-[r]->(b:Entity) WHERE b IN members AND ($types IS NULL OR type(r) IN $types)
              RETURN collect({type: type(r), source: a.id, target: b.id, props: properties(r)}) AS edges
            }
            RETURN [x IN members | {props: properties(x), labels: labels(x)}] AS nodes, edges, truncated
            """;
    private static final String NEIGHBOURS = """
            MATCH (center:Entity {id: $id})
            OPTIONAL MATCH p = (center)-[rs*1..%d]-(m:Entity)
            WHERE m <> center AND all(r IN rs WHERE $types IS NULL OR type(r) IN $types)
              AND all(x IN nodes(p) WHERE x:Entity)
              AND ($kinds IS NULL OR any(k IN $kinds WHERE k IN labels(m)))
            WITH center, m, min(length(p)) AS distance ORDER BY distance, m.id
            WITH center, collect(m) AS found
            WITH [center] + found[..$limit] AS members, size(found) > $limit AS truncated
            """;
    /** Variable-length bounds must be literals: one statement per allowed depth, chosen, never built from input. */
    private static final List<String> NEIGHBOURHOOD_BY_DEPTH = List.of(
            NEIGHBOURS.formatted(1) + EDGES_AMONG_MEMBERS,
            NEIGHBOURS.formatted(2) + EDGES_AMONG_MEMBERS,
            NEIGHBOURS.formatted(3) + EDGES_AMONG_MEMBERS);
    private static final String NETWORK = """
            MATCH (n:Entity) WHERE $kinds IS NULL OR any(k IN $kinds WHERE k IN labels(n))
            WITH n ORDER BY n.id
            WITH collect(n) AS found
            WITH found[..$limit] AS members, size(found) > $limit AS truncated
            """ + EDGES_AMONG_MEMBERS;

    private final Neo4jClient neo4j;

    SubgraphRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Optional<Subgraph> neighbourhood(String id, int depth, List<String> types, List<String> kinds, int limit) {
        return neo4j.query(NEIGHBOURHOOD_BY_DEPTH.get(depth - 1))
                .bindAll(GraphRows.parameters("id", id, "types", types, "kinds", kinds, "limit", limit))
                .fetchAs(Subgraph.class).mappedBy((t, r) -> GraphRows.subgraph(r)).one();
    }

    Subgraph network(List<String> kinds, List<String> types, int limit) {
        return neo4j.query(NETWORK)
                .bindAll(GraphRows.parameters("types", types, "kinds", kinds, "limit", limit))
                .fetchAs(Subgraph.class).mappedBy((t, r) -> GraphRows.subgraph(r)).one().orElseThrow();
    }
}
