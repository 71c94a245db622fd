package org.migrationgraph.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.migrationgraph.reads.CypherTemplate;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.reads.GraphReads;
import org.springframework.stereotype.Repository;

/** Neighbourhoods and networks: a set of entities, then the relationships among them. */
@Repository
class SubgraphRepository {

    /** Appended to each neighbourhood query: the edges among the chosen entities. */
    private static final String EDGES_AMONG_MEMBERS = """
            CALL (members) {
              UNWIND members AS a
              MATCH (a)-[r]->(b:Entity) WHERE b IN members AND ($types IS NULL OR type(r) IN $types)
              RETURN collect({type: type(r), source: a.id, target: b.id, props: {{edgeProperties}}}) AS edges
            }
            RETURN [x IN members | {props: {{nodeProperties}}, labels: labels(x)}] AS nodes, edges, truncated
            """;
    private static final String NEIGHBOURS = """
            MATCH (center:Entity {id: $id})
            OPTIONAL MATCH p = (center)-[rs*1..{{depth}}]-(m:Entity)
            WHERE m <> center AND all(r IN rs WHERE $types IS NULL OR type(r) IN $types)
              AND all(x IN nodes(p) WHERE x:Entity)
              AND ($kinds IS NULL OR any(k IN $kinds WHERE k IN labels(m)))
            WITH center, m, min(length(p)) AS distance ORDER BY distance, m.id
            WITH center, collect(m) AS found
            WITH [center] + found[..$limit] AS members, size(found) > $limit AS truncated
            """;
    /**
     * Variable-length bounds must be literals: one statement per allowed depth and projection,
     * made once and chosen per request, never built from input.
     */
    private static final List<Map<Projection, String>> NEIGHBOURHOOD_BY_DEPTH = List.of(1, 2, 3).stream()
            .map(depth -> Projection.statements(p -> CypherTemplate.fill(NEIGHBOURS, Map.of("depth", String.valueOf(depth)))
                    + p.fill(EDGES_AMONG_MEMBERS, "x", "r")))
            .toList();
    private static final String NETWORK = """
            MATCH (n:Entity) WHERE $kinds IS NULL OR any(k IN $kinds WHERE k IN labels(n))
            WITH n ORDER BY n.id
            WITH collect(n) AS found
            WITH found[..$limit] AS members, size(found) > $limit AS truncated
            """;
    private static final Map<Projection, String> NETWORK_BY_PROJECTION = Projection.statements(p -> NETWORK + p.fill(EDGES_AMONG_MEMBERS, "x", "r"));

    private final GraphReads reads;

    SubgraphRepository(GraphReads reads) {
        this.reads = reads;
    }

    Optional<Subgraph> neighbourhood(String id, int depth, List<String> types, List<String> kinds, int limit,
                                     Projection projection) {
        return reads.first(NEIGHBOURHOOD_BY_DEPTH.get(depth - 1).get(projection),
                GraphReads.parameters("id", id, "types", types, "kinds", kinds, "limit", limit), GraphRows::subgraph);
    }

    Subgraph network(List<String> kinds, List<String> types, int limit, Projection projection) {
        return reads.first(NETWORK_BY_PROJECTION.get(projection), GraphReads.parameters("types", types, "kinds", kinds, "limit", limit), GraphRows::subgraph)
                .orElseThrow();
    }
}
