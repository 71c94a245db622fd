package org.migrationgraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.migrationgraph.reads.CypherTemplate;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.asrecorded.AsRecorded;
import org.migrationgraph.validtime.ValidTime;
import org.migrationgraph.validtime.ValidTimeCypher;
import org.springframework.stereotype.Repository;

/** Neighbourhoods and networks: a set of entities, then the relationships among them. */
@Repository
class SubgraphRepository {

    /**
     * Appended to each neighbourhood and network query: the edges among the chosen entities, each
     * read from whichever end has few relations that way. A member with few outgoing relations
     * (at most $denseDegree) is expanded; the edges from a busy one (a hub) are found from their
     * other end: by expanding its incoming relations when they cost less than checking it against
     * each busy member, else by those checks (Neo4j checks a pair from the side with fewer
     * relations). So a hub costs what its fellow members' relations cost, not its own, and two
     * busy members cost one check, not a walk through either. With the embedded database's
     * procedure, the edges from busy members to heavy ones (more than $heavyDegree incoming
     * relations) are read type by type by EdgesFromBusyToHeavy instead ({{busyToHeavy}}).
     */
    private static final String EDGES_AMONG_MEMBERS = """
            CALL (members) {
              CALL (members) {
                UNWIND members AS m
                WITH m, COUNT { (m)-->() } AS out WHERE out > $denseDegree
                RETURN collect(m) AS busy, collect(out) AS busyOut
              }
              CALL (members, busy) {
                {{heavyMembers}}
              }
              CALL (members, busy, busyOut, heavy) {
                UNWIND members AS a
                CALL (a, members, busy) {
                  WITH a, members, busy WHERE NOT a IN busy
                  MATCH (a)-[r]->(b:Entity) WHERE b IN members AND ($anyType OR type(r) IN $types) AND {{holds(r)}}
                  RETURN r, b
                }
                RETURN a, r, b
                UNION ALL
                UNWIND CASE WHEN size(busy) = 0 THEN [] ELSE members END AS b
                WITH b, busy, busyOut, COUNT { (b)<--() } AS incoming WHERE NOT b IN heavy
                WITH b, busy, incoming, reduce(checks = 0, out IN busyOut | checks + CASE WHEN out < incoming THEN out ELSE incoming END) AS checks
                CALL (b, busy, incoming, checks) {
                  WITH b, busy WHERE incoming <= checks
                  MATCH (b)<-[r]-(a:Entity) WHERE a IN busy AND ($anyType OR type(r) IN $types) AND {{holds(r)}}
                  RETURN a, r
                  UNION ALL
                  WITH b, busy WHERE incoming > checks
                  UNWIND busy AS a
                  MATCH (a)-[r]->(b) WHERE ($anyType OR type(r) IN $types) AND {{holds(r)}}
                  RETURN a, r
                }
                RETURN a, r, b
                {{busyToHeavy}}
              }
              RETURN collect({type: type(r), source: elementId(a), target: elementId(b), props: {{edgeProperties}}, undated: {{undated(r)}}}) AS edges
            }
            RETURN {{memberRows}}, edges, truncated
            """;
    /**
     * In place of EDGES_AMONG_MEMBERS when the query asks for nothing the edges are needed for
     * (only nodes and truncated): finding them was most of a neighbourhood's work around busy
     * members, and a list of who is near an entity does not draw them.
     */
    private static final String MEMBERS_ONLY = """
            RETURN {{memberRows}}, [] AS edges, truncated
            """;
    private static final String MEMBER_ROWS = memberRows("");
    /**
     * With edges, each member row also carries its element id, and each edge names its ends by
     * theirs (GraphRows puts the ids back). An element id is made from the node reference in
     * memory; the id property is read from the store, twice per edge, and that was a fifth of the
     * statement's time in a neighbourhood of 155 entities and 365 edges (docs/benchmarks.md).
     */
    private static final String MEMBER_ROWS_WITH_REFS = memberRows(", ref: elementId(x)");

    private static String memberRows(String more) {
        return "[x IN members | {props: {{nodeProperties}}, labels: labels(x), start: {{start(x)}}, undated: {{undatedEntity(x)}}"
                + more + "}] AS nodes";
    }

    /** Which members are heavy, when busy ones' edges to them are read by the procedure; none otherwise. */
    private static final String HEAVY_MEMBERS = """
                UNWIND CASE WHEN size(busy) = 0 THEN [] ELSE members END AS m
                WITH m WHERE COUNT { (m)<--() } > $heavyDegree
                RETURN collect(m) AS heavy""";
    /** The edges from busy members to heavy ones, by the embedded database's procedure. */
    private static final String BUSY_TO_HEAVY_BY_TYPE = """
                UNION ALL
                CALL %s(busy, heavy, CASE WHEN $anyType THEN null ELSE $types END) YIELD relationship AS r
                WITH startNode(r) AS a, r, endNode(r) AS b WHERE {{holds(r)}}
                RETURN a, r, b
            """.formatted(EdgesFromBusyToHeavy.NAME);

    /**
     * Breadth first, one hop at a time, and every hop bounded: at most $frontier entities one hop
     * out (all of them for any entity short of a hub, then sorted by id), and from each of those at
     * most $perNode further ones, at most $frontier in all. The work therefore has a ceiling set by
     * the limit, however many relations a hub on the way has; which of a hub's neighbours are
     * shown when it has more than that is the first ones found.
     */
    private static final String FIRST_HOP = """
            MATCH (center:Entity {id: $id})
            CALL (center) {
              MATCH (center)-[r]-(a:Entity) WHERE a <> center AND ($anyType OR type(r) IN $types) AND {{holds(r)}} AND {{exists(a)}}
              WITH DISTINCT a LIMIT $frontier
              WITH a ORDER BY a.id
              RETURN collect(a) AS hop1
            }
            """;
    private static final String NEXT_HOP = """
            CALL ({{imported}}) {
              UNWIND {{previous}} AS a
              CALL (a, center) {
                MATCH (a)-[r]-(b:Entity) WHERE b <> center AND ($anyType OR type(r) IN $types) AND {{holds(r)}} AND {{exists(b)}}
                RETURN b LIMIT $perNode
              }
              WITH DISTINCT b WHERE NOT b IN {{seen}}
              WITH b LIMIT $frontier
              WITH b ORDER BY b.id
              RETURN collect(b) AS {{next}}
            }
            """;
    private static final String CHOOSE_MEMBERS = """
            WITH center, [m IN {{found}} WHERE $anyKind OR any(k IN $kinds WHERE k IN labels(m))] AS found
            WITH [center] + found[..$limit] AS members, size(found) > $limit AS truncated
            """;
    /** A member with more outgoing relations than this is not expanded: its edges are found from their other ends. */
    static final int DENSE_DEGREE = 1_000;
    /** A member with more incoming relations than this has the edges from busy members read type by type (with the procedure). */
    static final int HEAVY_DEGREE = 500;
    /**
     * The network's members: the first $limit entities of the kinds in id order, and whether there
     * are more. The kinds are a label expression in the text (KINDS, replaced per request), so
     * the planner either reads the id index in order and stops after $limit + 1 of them (kinds
     * that most entities have), or scans those labels and sorts only them (a few Member States
     * and regions). Before, every entity's labels were checked against a list and all those kept
     * were sorted and collected: 2.2 s and 10 million database hits for the explorer's default
     * kinds at a million entities, against 40 ms.
     */
    private static final String KINDS = "%kinds%";
    private static final String NETWORK = """
            MATCH (n:Entity) WHERE %kinds% AND n.id IS NOT NULL AND {{exists(n)}}
            WITH n ORDER BY n.id LIMIT $limit + 1
            WITH collect(n) AS found
            WITH found[..$limit] AS members, size(found) > $limit AS truncated
            """;

    /** Which statement a request runs: depth 0 is the network, 1 to 3 a neighbourhood's. */
    private record Shape(boolean typed, boolean bound, int depth, boolean edges, Projection projection) {
    }

    /**
     * Every statement, made once: by whether busy members' edges to heavy ones are read by the
     * procedure, whether the read is bound in time, the depth, whether the edges are asked for,
     * and the projection. Hop bounds must be literals: one statement per allowed depth, chosen
     * per request, never built from input.
     */
    private static final Map<Shape, String> STATEMENTS = statements();

    private static Map<Shape, String> statements() {
        Map<Shape, String> all = new HashMap<>();
        for (boolean typed : List.of(true, false)) {
            String edges = EDGES_AMONG_MEMBERS.replace("{{heavyMembers}}", typed ? HEAVY_MEMBERS : "RETURN [] AS heavy")
                    .replace("{{busyToHeavy}}", typed ? BUSY_TO_HEAVY_BY_TYPE : "");
            for (boolean withEdges : List.of(true, false)) {
                String tail = withEdges ? edges.replace("{{memberRows}}", MEMBER_ROWS_WITH_REFS)
                        : MEMBERS_ONLY.replace("{{memberRows}}", MEMBER_ROWS);
                for (boolean bound : List.of(true, false)) {
                    for (int depth = 0; depth <= 3; depth++) {
                        addStatements(all, typed, bound, depth, withEdges, tail);
                    }
                }
            }
        }
        return Map.copyOf(all);
    }

    /** The statements of one shape, one per projection. */
    private static void addStatements(Map<Shape, String> all, boolean typed, boolean bound, int depth, boolean edges, String tail) {
        String head = depth == 0 ? NETWORK : neighbours(depth);
        Projection.statements(p -> ValidTimeCypher.fill(head + (edges ? p.fill(tail, "x", "r")
                        : CypherTemplate.fill(tail, Map.of("nodeProperties", p.nodeProperties("x")))), bound))
                .forEach((p, cypher) -> all.put(new Shape(typed, bound, depth, edges, p), cypher));
    }

    private final AsRecorded asRecorded;
    private final boolean typed;

    SubgraphRepository(AsRecorded asRecorded, EmbeddedProcedures procedures) {
        this.asRecorded = asRecorded;
        this.typed = procedures.edgesFromBusyToHeavy();
    }

    /**
     * As recorded at a moment ({@code asRecordedOn} not null), the same statement reads the graph
     * as it was then. Without {@code edges} the answer's edges are empty and none are looked for.
     */
    Optional<Subgraph> neighbourhood(String id, int depth, List<String> types, List<String> kinds, int limit,
                                     boolean edges, Projection projection, ValidTime time, String asRecordedOn) {
        return asRecorded.reads(asRecordedOn).first(neighbourhoodStatement(depth, edges, projection, time.bound(), typed),
                time.with(neighbourhoodParameters(id, types, kinds, limit)), row -> GraphRows.subgraph(row, time));
    }

    Subgraph network(List<String> kinds, List<String> types, int limit, boolean edges, Projection projection, ValidTime time,
                     String asRecordedOn) {
        return asRecorded.reads(asRecordedOn).first(networkStatement(kinds, edges, projection, time.bound(), typed),
                time.with(networkParameters(kinds, types, limit)), row -> GraphRows.subgraph(row, time)).orElseThrow();
    }

    /** Types and kinds as {@link GraphReads#optionalList}: leaving either out adds no plan of its own. */
    static Map<String, Object> networkParameters(List<String> kinds, List<String> types, int limit) {
        return filters(GraphReads.parameters("limit", limit, "denseDegree", DENSE_DEGREE, "heavyDegree", HEAVY_DEGREE), types, kinds);
    }

    private static Map<String, Object> filters(Map<String, Object> parameters, List<String> types, List<String> kinds) {
        return GraphReads.optionalList(GraphReads.optionalList(parameters, "types", "anyType", types), "kinds", "anyKind", kinds);
    }

    /** The network's statement for these kinds (all when null); they were checked against the vocabulary, and are quoted all the same. */
    static String networkStatement(List<String> kinds, boolean edges, Projection projection, boolean bound, boolean typed) {
        String labels = kinds == null ? "true" : kinds.isEmpty() ? "false"
                : kinds.stream().distinct().sorted().map(CypherTemplate::quoted).collect(Collectors.joining("|", "(n:", ")"));
        return STATEMENTS.get(new Shape(typed, bound, 0, edges, projection)).replace(KINDS, labels);
    }

    /** {@code typed}: busy members' edges to heavy ones read by the embedded database's procedure. */
    static String neighbourhoodStatement(int depth, Projection projection, boolean bound, boolean typed) {
        return neighbourhoodStatement(depth, true, projection, bound, typed);
    }

    static String neighbourhoodStatement(int depth, boolean edges, Projection projection, boolean bound, boolean typed) {
        return STATEMENTS.get(new Shape(typed, bound, depth, edges, projection));
    }

    /**
     * With a kind filter more entities are visited per hop, since only some of them will be shown;
     * without one, one more than the limit is enough to know whether it cut anything off.
     */
    static Map<String, Object> neighbourhoodParameters(String id, List<String> types, List<String> kinds, int limit) {
        int frontier = kinds == null ? limit + 1 : Math.min(4 * (limit + 1), 2_001);
        return filters(GraphReads.parameters("id", id, "limit", limit, "frontier", frontier, "perNode", limit + 1,
                "denseDegree", DENSE_DEGREE, "heavyDegree", HEAVY_DEGREE), types, kinds);
    }

    /** FIRST_HOP, then NEXT_HOP as often as the depth asks, each hop leaving out the entities already reached. */
    private static String neighbours(int depth) {
        StringBuilder cypher = new StringBuilder(FIRST_HOP);
        List<String> hops = new java.util.ArrayList<>(List.of("hop1"));
        for (int hop = 2; hop <= depth; hop++) {
            String seen = "[center] + " + String.join(" + ", hops);
            cypher.append(CypherTemplate.fill(NEXT_HOP, Map.of("imported", "center, " + String.join(", ", hops),
                    "previous", "hop" + (hop - 1), "seen", seen, "next", "hop" + hop)));
            hops.add("hop" + hop);
        }
        return cypher + CypherTemplate.fill(CHOOSE_MEMBERS, Map.of("found", String.join(" + ", hops)));
    }
}
