package org.migrationgraph.graph;

import java.util.List;
import java.util.Map;

import org.migrationgraph.reads.Projection;
import org.migrationgraph.reads.CypherTemplate;
import org.migrationgraph.asrecorded.AsRecorded;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.validtime.ValidTime;
import org.migrationgraph.validtime.ValidTimeCypher;
import org.springframework.stereotype.Repository;

/** Shortest paths between entities, over entity-to-entity relationships only; the shortest path is the first of them. */
@Repository
class PathRepository {

    private static final String PATH_ROWS = """
            RETURN length(p) AS length,
                   [x IN nodes(p) | {props: {{nodeProperties}}, labels: labels(x), start: {{start(x)}}, undated: {{undatedEntity(x)}}}] AS nodes,
                   [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, props: {{edgeProperties}},
                                             undated: {{undated(r)}}}] AS edges
            """;
    private static final String ENDS = """
            MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
            """;

    /**
     * Every shortest path. Neo4j's searches (shortestPath() as much as allShortestPaths()) widen
     * the side with fewer entities, not fewer relations, so next to an entity with many relations
     * (a Compact, a Member State) they read all of its relations even when the ends are two hops
     * apart. So one and two hops are looked at first, as patterns: direct relations, then the ways
     * through the entities both ends are related to, read from the end with fewer relations and
     * checked against the other (a scoped CALL, so the planner cannot start from the busier end).
     * Only when there are none does allShortestPaths() search, with the hop bound in the pattern
     * and every predicate on single nodes or relationships: the planner then runs a bidirectional
     * breadth-first search (the ShortestPath operator) with the predicates inside it; a predicate
     * on the whole path (such as its length) would add an exhaustive search as a fallback.
     */
    private static final String SHORTEST = """
            WITH a, b WHERE {{exists(a)}} AND {{exists(b)}}
            WITH a, b, COLLECT {
              MATCH p = (a)-[r]-(b) WHERE ($anyType OR type(r) IN $types) AND {{holds(r)}}
              RETURN p
            } AS oneHop
            CALL (a, b, oneHop) {
              WITH a, b, oneHop WHERE size(oneHop) = 0 AND {{maxHops}} >= 2
              CALL (a, b) {
                WITH a, b WHERE COUNT { (a)--() } <= COUNT { (b)--() }
                CALL (a) {
                  MATCH (a)-[r1]-(x:Entity) WHERE ($anyType OR type(r1) IN $types) AND {{holds(r1)}} AND {{exists(x)}}
                  RETURN r1, x
                }
                MATCH (x)-[r2]-(b) WHERE ($anyType OR type(r2) IN $types) AND {{holds(r2)}}
                RETURN r1, x, r2
                UNION ALL
                WITH a, b WHERE COUNT { (a)--() } > COUNT { (b)--() }
                CALL (b) {
                  MATCH (b)-[r2]-(x:Entity) WHERE ($anyType OR type(r2) IN $types) AND {{holds(r2)}} AND {{exists(x)}}
                  RETURN r2, x
                }
                MATCH (a)-[r1]-(x) WHERE ($anyType OR type(r1) IN $types) AND {{holds(r1)}}
                RETURN r1, x, r2
              }
              MATCH p = (a)-[r1]-(x)-[r2]-(b)
              RETURN collect(p) AS twoHops
            }
            CALL (a, b, oneHop, twoHops) {
              UNWIND oneHop + twoHops AS p
              RETURN p
              UNION ALL
              WITH a, b, oneHop, twoHops WHERE size(oneHop) = 0 AND size(twoHops) = 0
              {{search}}
              RETURN p
            }
            """;
    /** Beyond two hops: the search with every filter inside it, a node's kind and time included. */
    private static final String SEARCH = """
            MATCH p = allShortestPaths((a)-[*..{{maxHops}}]-(b))
              WHERE all(x IN nodes(p) WHERE x:Entity AND {{exists(x)}})
                AND all(r IN relationships(p) WHERE ($anyType OR type(r) IN $types) AND {{holds(r)}})""";
    /**
     * Over the whole graph (no window of valid time), the same search checks relations alone: the
     * Entity label of every node it reached was half of its database hits, 84,000 for a path of
     * four hops between two people at a million entities (docs/benchmarks.md). Paragraphs are the
     * nodes a path must not pass through, and they are reached only by HAS_PARAGRAPH and MENTIONS,
     * whose other end is always a paragraph: leaving those types out loses no path among entities.
     * Any other node that is not an entity would show in the paths found: those are dropped, and
     * if none is left the search runs again with every node checked.
     */
    private static final String SEARCH_BY_RELATIONS = """
            CALL (a, b) {
                MATCH p = allShortestPaths((a)-[*..{{maxHops}}]-(b))
                  WHERE all(r IN relationships(p) WHERE ($anyType OR type(r) IN $types) AND NOT type(r) IN ['HAS_PARAGRAPH', 'MENTIONS'])
                RETURN collect(p) AS found
              }
              WITH a, b, found, [q IN found WHERE all(x IN nodes(q) WHERE x:Entity)] AS amongEntities
              CALL (a, b, found, amongEntities) {
                UNWIND amongEntities AS p
                RETURN p
                UNION ALL
                WITH a, b, found, amongEntities WHERE size(amongEntities) = 0 AND size(found) > 0
                %s
                RETURN p
              }""".formatted(SEARCH.replace("\n", "\n    "));

    /**
     * Every shortest path, in a fixed order (by the ids along it), so that equally short paths
     * come back the same way from any database holding the same graph; shortestPath() would pick
     * one by store order, which differs between two stores loaded from the same seed.
     */
    private static final String IN_ORDER = """
            WITH p ORDER BY [x IN nodes(p) | x.id], [r IN relationships(p) | r.id] LIMIT $limit
            """;

    /** The search over the whole graph, and within a window of valid time. */
    private static final String SHORTEST_WHOLE = SHORTEST.replace("{{search}}", SEARCH_BY_RELATIONS);
    private static final String SHORTEST_IN_WINDOW = SHORTEST.replace("{{search}}", SEARCH);

    private static final String ALL_SHORTEST = ENDS + SHORTEST_WHOLE + IN_ORDER;

    /**
     * Bound in time, the shortest paths of the whole graph are asked first: if any of them held
     * then, those that did are the shortest paths then (the graph then is part of the graph now,
     * so no path then is shorter), and no second search is needed; only when none held does a
     * search that applies the window as it walks run (the same SHORTEST, with the window inside).
     * The first search costs what the query without a date costs, so a path that held is found for
     * little more than that.
     */
    private static final String ALL_SHORTEST_THEN = ENDS + ValidTimeCypher.fill(SHORTEST_WHOLE, false) + """
            WITH a, b, [q IN collect(p) WHERE all(x IN nodes(q) WHERE {{exists(x)}}) AND all(r IN relationships(q) WHERE {{holds(r)}})] AS held
            CALL (a, b, held) {
              UNWIND held AS p
              RETURN p
              UNION ALL
              WITH a, b, held WHERE size(held) = 0
            """ + SHORTEST_IN_WINDOW + """
              RETURN p
            }
            """ + IN_ORDER;

    /**
     * Hop bounds must be literals: one statement per bound (1 to 6), projection and whether the
     * query is bound in time, made once, never built from input.
     */
    private static final Map<Boolean, List<Map<Projection, String>>> ALL_SHORTEST_BY_HOPS = Map.of(true, byHops(true), false, byHops(false));

    private final AsRecorded asRecorded;

    PathRepository(AsRecorded asRecorded) {
        this.asRecorded = asRecorded;
    }

    List<GraphPath> paths(PathQuery query, Projection projection) {
        ValidTime time = query.time();
        return asRecorded.reads(query.asRecordedOn()).list(statement(query.maxHops(), projection, time.bound()),
                parameters(query.from(), query.to(), query.types(), query.limit(), time),
                r -> new GraphPath(r.get("length").asInt(), GraphRows.nodes(r.get("nodes"), time), GraphRows.edges(r.get("edges")),
                        GraphRows.undated(time, r.get("nodes"), r.get("edges"))));
    }

    /** The types as {@link GraphReads#optionalList}: leaving them out adds no plan of its own. */
    static Map<String, Object> parameters(String from, String to, List<String> types, int limit, ValidTime time) {
        return time.with(GraphReads.optionalList(GraphReads.parameters("from", from, "to", to, "limit", limit), "types", "anyType", types));
    }

    static String statement(int maxHops, Projection projection, boolean bound) {
        return ALL_SHORTEST_BY_HOPS.get(bound).get(maxHops - 1).get(projection);
    }

    private static List<Map<Projection, String>> byHops(boolean bound) {
        return java.util.stream.IntStream.rangeClosed(1, 6)
                .mapToObj(hops -> Projection.statements(p -> ValidTimeCypher.fill(
                        CypherTemplate.fill(bound ? ALL_SHORTEST_THEN : ALL_SHORTEST, Map.of("maxHops", String.valueOf(hops)))
                                + p.fill(PATH_ROWS, "x", "r"), bound)))
                .toList();
    }
}
