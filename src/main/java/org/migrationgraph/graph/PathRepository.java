package org.migrationgraph.graph;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.migrationgraph.reads.Projection;
import org.migrationgraph.reads.CypherTemplate;
import org.migrationgraph.asrecorded.AsRecorded;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.validtime.ValidTime;
import org.migrationgraph.validtime.ValidTimeCypher;
import org.migrationgraph.vocabulary.Vocabulary;
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
     * four hops between two people at a million entities (docs/benchmarks.md). Paragraphs,
     * sentences and text mentions are the nodes a path must not pass through, and the relation
     * types that reach them (NOT_BETWEEN_ENTITIES) always have one at their other end: leaving
     * those types out loses no path among entities. Any other node that is not an entity would
     * show in the paths found ({{found}}): those are dropped, and if none is left the search runs
     * again with every node checked.
     */
    private static final String SEARCH_BY_RELATIONS = """
            {{found}}
              WITH a, b, found, [q IN found WHERE all(x IN nodes(q) WHERE x:Entity)] AS amongEntities
              CALL (a, b, found, amongEntities) {
                UNWIND amongEntities AS p
                RETURN p
                UNION ALL
                WITH a, b, found, amongEntities WHERE size(amongEntities) = 0 AND size(found) > 0
                %s
                RETURN p
              }""".formatted(SEARCH.replace("\n", "\n    "));
    /** The relation types whose other end is never an entity: from documents to paragraphs, and from paragraphs on. */
    static final List<String> NOT_BETWEEN_ENTITIES = List.of("HAS_PARAGRAPH", "MENTIONS", "HAS_SENTENCE", "HAS_MENTION", "OF");
    private static final String NOT_BETWEEN = NOT_BETWEEN_ENTITIES.stream().map(t -> "'" + t + "'")
            .collect(Collectors.joining(", ", "[", "]"));
    /** The search of the relation types that may join entities, each relation checked in it. */
    private static final String EACH_RELATION_CHECKED = """
            MATCH p = allShortestPaths((a)-[*..{{maxHops}}]-(b))
              WHERE all(r IN relationships(p) WHERE ($anyType OR type(r) IN $types) AND NOT type(r) IN %s)""".formatted(NOT_BETWEEN);
    /** The paths that search finds. */
    private static final String FOUND_BY_PREDICATE = """
            CALL (a, b) {
                %s
                RETURN collect(p) AS found
              }""".formatted(EACH_RELATION_CHECKED.replace("\n", "\n    "));
    /**
     * The same, for any type, with the types named in the pattern: a search with any predicate on
     * its relations allocated twice as much (20 MB against 9.6 for the four-hop path at a
     * million) and took a quarter longer, and its garbage is what the tail of its latency is made
     * of. The types named are the vocabulary's ({{walked}}); when the store holds a relation type
     * neither named nor one of NOT_BETWEEN_ENTITIES (written by something else than this service),
     * the search checks each relation as before, so no path is lost.
     */
    private static final String FOUND_BY_TYPE_LIST = """
            CALL (a, b) {
                CALL db.relationshipTypes() YIELD relationshipType
                WITH a, b, $anyType AND all(t IN collect(relationshipType) WHERE t IN {{walkedList}} OR t IN %s) AS listed
                CALL (a, b, listed) {
                  WITH a, b WHERE listed
                  MATCH p = allShortestPaths((a)-[:{{walked}}*..{{maxHops}}]-(b))
                  RETURN p
                  UNION ALL
                  WITH a, b WHERE NOT listed
                  %s
                  RETURN p
                }
                RETURN collect(p) AS found
              }""".formatted(NOT_BETWEEN, EACH_RELATION_CHECKED.replace("\n", "\n      "));

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

    private final AsRecorded asRecorded;
    private final Vocabulary vocabulary;
    private volatile Statements statements = Statements.of(List.of());

    PathRepository(AsRecorded asRecorded, Vocabulary vocabulary) {
        this.asRecorded = asRecorded;
        this.vocabulary = vocabulary;
    }

    List<GraphPath> paths(PathQuery query, Projection projection) {
        ValidTime time = query.time();
        return asRecorded.reads(query.asRecordedOn()).list(statements().get(query.maxHops(), projection, time.bound()),
                parameters(query.from(), query.to(), query.types(), query.limit(), time),
                r -> new GraphPath(r.get("length").asInt(), GraphRows.nodes(r.get("nodes"), time), GraphRows.edges(r.get("edges")),
                        GraphRows.undated(time, r.get("nodes"), r.get("edges"))));
    }

    /** The statements for the vocabulary's relation types, made again only when those change (a new seed). */
    private Statements statements() {
        List<String> walked = vocabulary.relationTypeNames();
        Statements current = statements;
        if (!current.walked().equals(walked)) {
            current = Statements.of(walked);
            statements = current;
        }
        return current;
    }

    /** The types as {@link GraphReads#optionalList}: leaving them out adds no plan of its own. */
    static Map<String, Object> parameters(String from, String to, List<String> types, int limit, ValidTime time) {
        return time.with(GraphReads.optionalList(GraphReads.parameters("from", from, "to", to, "limit", limit), "types", "anyType", types));
    }

    /** The statement a query runs when the vocabulary declares the relation types {@code walked}. */
    static String statement(int maxHops, Projection projection, boolean bound, List<String> walked) {
        return Statements.of(walked).get(maxHops, projection, bound);
    }

    /**
     * Hop bounds must be literals: one statement per bound (1 to 6), projection and whether the
     * query is bound in time, made from fixed text and the declared relation types (quoted),
     * never from input. Without declared types, the search checks each relation.
     */
    private record Statements(List<String> walked, Map<Boolean, List<Map<Projection, String>>> byBound) {

        static Statements of(List<String> walked) {
            return new Statements(walked, Map.of(true, byHops(true, walked), false, byHops(false, walked)));
        }

        String get(int maxHops, Projection projection, boolean bound) {
            return byBound.get(bound).get(maxHops - 1).get(projection);
        }

        private static List<Map<Projection, String>> byHops(boolean bound, List<String> walked) {
            String template = (bound ? ALL_SHORTEST_THEN : ALL_SHORTEST)
                    .replace("{{found}}", walked.isEmpty() ? FOUND_BY_PREDICATE : FOUND_BY_TYPE_LIST);
            return IntStream.rangeClosed(1, 6)
                    .mapToObj(hops -> Projection.statements(p -> ValidTimeCypher.fill(
                            CypherTemplate.fill(template, pieces(walked, hops)) + p.fill(PATH_ROWS, "x", "r"), bound)))
                    .toList();
        }

        private static Map<String, String> pieces(List<String> walked, int hops) {
            if (walked.isEmpty()) {
                return Map.of("maxHops", String.valueOf(hops));
            }
            return Map.of("maxHops", String.valueOf(hops),
                    "walked", walked.stream().map(CypherTemplate::quoted).collect(Collectors.joining("|")),
                    "walkedList", walked.stream().map(Statements::literal).collect(Collectors.joining(", ", "[", "]")));
        }

        /** A declared name as a Cypher string literal. */
        private static String literal(String name) {
            return "'" + name.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
    }
}
