package org.migrationgraph.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.migrationgraph.support.Page;
import org.migrationgraph.entity.EntityMapping;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.reads.Cell;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.reads.Row;
import org.migrationgraph.asrecorded.AsRecorded;
import org.migrationgraph.validtime.ValidTime;
import org.migrationgraph.validtime.ValidTimeCypher;
import org.migrationgraph.vocabulary.Vocabulary;
import org.migrationgraph.seed.BulkWrites;
import org.springframework.stereotype.Repository;

/**
 * Pages of relationships for many entities at once: one statement per distinct filter, and for
 * a hub (an entity with more than {@link #SORT_UP_TO} relations) one more per relation type read.
 */
@Repository
class RelationRepository {

    private static final String ENTITIES = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            """;
    /** Whether each entity is a hub, and the declared types (%s: a list of [type, degree]) it has relations of. */
    private static final String HUB_TYPES = ", hub, CASE WHEN hub THEN [t IN %s WHERE t[1] > 0 | t[0]] ELSE [] END AS hubTypes";
    /** What the page's relations and their other ends are read as. */
    private static final String ROWS = """
            CALL (n, page) {
              UNWIND page AS x
              WITH x.r AS r, x.m AS m
              RETURN collect({id: r.id, type: type(r), outgoing: startNode(r) = n, props: {{edgeProperties}}, other: {{nodeProperties}},
                              labels: labels(m), undated: {{undated(r)}}, otherStart: {{start(m)}}}) AS rows
            }
            RETURN id, total, rows""";
    /**
     * An entity with few relations has them read and sorted, and the page cut first, so only its
     * relationships' properties are read (in the form the projection asks). Keyset: the page
     * starts after the (type, id) of the cursor's relation. A hub's rows are not read here: it is
     * answered as {@code hub} with the declared types it has relations of (read from the degree
     * counts a node keeps per type, not by reading relations), and its relations are read from the
     * page key indexes ({@link #TYPE_PAGE}).
     */
    private static final String PAGE = """
            WITH id, n, total, COUNT { (n)--() } > $sortUpTo AS hub
            CALL (n, hub) {
              WITH n WHERE NOT hub
              MATCH (n)-[r]-(m:Entity)
              WHERE ($anyType OR type(r) IN $types)
                AND ($direction = 'EITHER' OR ($direction = 'OUTGOING') = (startNode(r) = n))
                AND ($anyKind OR any(k IN $kinds WHERE k IN labels(m)))
                AND (type(r) > $afterType OR (type(r) = $afterType AND r.id > $afterId))
                AND {{holds(r)}} AND {{exists(m)}}
              WITH r, m ORDER BY type(r), r.id SKIP $relationSkip LIMIT $relationLimit
              RETURN collect({r: r, m: m}) AS page
            }
            """ + ROWS + HUB_TYPES;
    /**
     * For totalCount alone: no relation is read for a page, but hubs are still told apart, since
     * under a kind {@link HubTotals} counts theirs type by type.
     */
    private static final String NO_PAGE = """
            WITH id, n, total, COUNT { (n)--() } > $sortUpTo AS hub
            RETURN id, total, [] AS rows""" + HUB_TYPES;
    /**
     * One relation type of hubs, from the indexes on the keys that start with the hub's id (ids
     * hold no space, and '!' follows ' ', so the range holds exactly the hub's keys): each
     * direction's next $window relations after the cursor in id order, filtered as they come, so
     * a page reads about a page whatever the hub's size and the page's depth. Only the directions
     * that can match are in the text (%s: {@link #OUT} and {@link #IN}, alone or in a UNION ALL):
     * a direction switched off by a parameter ({@code WITH n WHERE $incoming}) was still read,
     * because the planner checks that parameter after the index seek, not before it (301,538
     * entries read for none at a million entities).
     */
    private static final String TYPE_PAGE = """
            CALL (n) {
              CALL (n) {
            %s
              }
              WITH r, m ORDER BY r.id LIMIT $window
              RETURN collect({r: r, m: m}) AS page
            }
            """ + ROWS;
    /** A hub's outgoing relations of one type (%1$s), from the index on their start's key (%2$s). */
    private static final String OUT = """
                MATCH ()-[r:`%1$s`]->(m:Entity) USING INDEX r:`%1$s`(%2$s)
                WHERE r.%2$s > n.id + ' ' + $afterId AND r.%2$s < n.id + '!' AND startNode(r) = n
                  AND ($anyKind OR any(k IN $kinds WHERE k IN labels(m))) AND {{holds(r)}} AND {{exists(m)}}
                WITH r, m ORDER BY r.%2$s LIMIT $window
                RETURN r, m""";
    /** A hub's incoming relations of one type (%1$s), from the index on their end's key (%2$s). */
    private static final String IN = """
                MATCH (m:Entity)-[r:`%1$s`]->() USING INDEX r:`%1$s`(%2$s)
                WHERE r.%2$s > n.id + ' ' + $afterId AND r.%2$s < n.id + '!' AND endNode(r) = n
                  AND ($anyKind OR any(k IN $kinds WHERE k IN labels(m))) AND {{holds(r)}} AND {{exists(m)}}
                WITH r, m ORDER BY r.%2$s LIMIT $window
                RETURN r, m""";
    /**
     * totalCount, when the query asks for it under a kind or a valid time: it reads every relation
     * of the entity. The guard (%s) lets every entity through, or all but the hubs, which
     * {@link HubTotals} counts type by type.
     */
    private static final String TOTAL = """
            CALL (n) {
              WITH n WHERE %s
              MATCH (n)-[r]-(m:Entity)
              WHERE ($anyType OR type(r) IN $types)
                AND ($direction = 'EITHER' OR ($direction = 'OUTGOING') = (startNode(r) = n))
                AND ($anyKind OR any(k IN $kinds WHERE k IN labels(m)))
                AND {{holds(r)}} AND {{exists(m)}}
              RETURN count(*) AS total
            }
            """;
    /**
     * totalCount from the degrees a node keeps per relation type and direction (%s: a list of
     * [type, outgoing, incoming, either], one for each declared type), without reading a relation, when
     * neither the other end's kind nor valid time decides. Every relation of a declared type
     * joins two entities (the writers match both ends as entities), so the other ends need not
     * be read either; and the hubs' pages read declared types only, so the count is theirs.
     */
    private static final String TOTAL_FROM_DEGREES = """
            WITH id, n, reduce(total = 0, t IN [t IN %s WHERE $anyType OR t[0] IN $types] |
              total + CASE $direction WHEN 'OUTGOING' THEN t[1] WHEN 'INCOMING' THEN t[2] ELSE t[3] END) AS total
            """;
    /** When totalCount is not asked for, the answer's count is never read. */
    private static final String NO_TOTAL = """
            WITH id, n, -1 AS total
            """;
    /** Above this many relations (of any type), an entity's relations are read from the page key indexes rather than sorted. */
    static final int SORT_UP_TO = 500;

    private final AsRecorded asRecorded;
    private final Vocabulary vocabulary;
    private final RelationKeyIndexes keyIndexes;
    private final HubTotals hubTotals;
    /** Whether the degrees come from {@link RelationDegrees} (the embedded database) or from Cypher counts. */
    private final boolean degreesByFunction;
    /** Statements by what they depend on besides their parameters: made once each. */
    private final Map<Shape, String> statements = new ConcurrentHashMap<>();

    RelationRepository(AsRecorded asRecorded, Vocabulary vocabulary, RelationKeyIndexes keyIndexes, EmbeddedFunctions functions) {
        this.asRecorded = asRecorded;
        this.vocabulary = vocabulary;
        this.keyIndexes = keyIndexes;
        this.degreesByFunction = functions.relationDegrees();
        this.hubTotals = new HubTotals(asRecorded.reads(null));
    }

    Map<RelationKey, RelationConnection> load(Set<RelationKey> keys) {
        Map<RelationKey, RelationConnection> result = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(RelationKey::filter)).forEach((filter, sameFilter) -> {
            Map<String, RelationConnection> pages = pages(filter, sameFilter.stream().map(RelationKey::entityId).toList());
            sameFilter.forEach(key -> result.put(key, pages.getOrDefault(key.entityId(), empty(filter))));
        });
        return result;
    }

    /** As recorded at a moment, the same statements read the graph as it was then ({@link AsRecorded#reads}). */
    private Map<String, RelationConnection> pages(RelationFilter filter, List<String> ids) {
        return pages(filter, ids, SORT_UP_TO);
    }

    /** With entities of more than {@code sortUpTo} relations taken as hubs. */
    Map<String, RelationConnection> pages(RelationFilter filter, List<String> ids, int sortUpTo) {
        Map<String, Object> parameters = parameters(filter, ids);
        parameters.put("sortUpTo", sortUpTo(sortUpTo));
        FirstRead read = new FirstRead();
        asRecorded.reads(filter.asRecordedOn()).list(statement(Shape.page(filter, vocabulary.relationTypeNames())), parameters, read::add);
        return pages(filter, read);
    }

    /**
     * Each entity's page as the first statement read it, completed: hubs' rows read from the page
     * key indexes, and their totals counted type by type when the first statement could not.
     */
    Map<String, RelationConnection> pages(RelationFilter filter, FirstRead read) {
        Map<String, RelationRows> rows = read.rows;
        Map<String, KindReach> reaches = new HashMap<>();
        Function<String, KindReach> reach = type -> reaches.computeIfAbsent(type, t -> reach(filter, t));
        if (filter.paged()) {
            hubRows(filter, read.hubs, reach).forEach((id, hub) -> rows.put(id, new RelationRows(rows.get(id).total(), hub)));
        }
        if (Shape.page(filter, vocabulary.relationTypeNames()).count() == Count.RELATIONS_BUT_HUBS && !read.hubs.isEmpty()) {
            hubTotals.count(filter, read.hubs, reach).forEach((id, total) -> rows.put(id, new RelationRows(total, rows.get(id).rows())));
        }
        Map<String, RelationConnection> pages = new HashMap<>();
        rows.forEach((id, entity) -> pages.put(id, page(filter, entity)));
        return pages;
    }

    /**
     * The first statement's text for each entity {@code n} of an enclosing statement, to follow its
     * {@code CALL (n) {}}: it returns the columns {@link FirstRead#add} reads. Its parameters are
     * {@link #parameters} less the ids, and sortUpTo (from {@link #sortUpTo}).
     */
    String perEntity(RelationFilter filter) {
        return "WITH n, n.id AS id\n" + statement(Shape.page(filter, vocabulary.relationTypeNames())).substring(ENTITIES.length());
    }

    /**
     * Without declared types (a graph this version did not load), or with one whose indexes were
     * not made, every entity's relations are sorted, however many.
     */
    int sortUpTo(int sortUpTo) {
        List<String> types = vocabulary.relationTypeNames();
        return !types.isEmpty() && keyIndexes.indexed().containsAll(types) ? sortUpTo : Integer.MAX_VALUE;
    }

    /** What the first statement read of each entity: its rows (all but a hub's) and total, and which entities are hubs, of which types. */
    static final class FirstRead {

        private final Map<String, RelationRows> rows = new HashMap<>();
        private final Map<String, List<String>> hubs = new HashMap<>();

        String add(Row record) {
            String id = record.get("id").asString();
            rows.put(id, new RelationRows(record.get("total").asInt(), record.get("rows").asList(RelationRows.Row::of)));
            if (record.get("hub").asBoolean()) {
                hubs.put(id, record.get("hubTypes").asList(Cell::asString));
            }
            return id;
        }
    }

    /**
     * Hubs' rows, one relation type at a time in type order from the cursor's: a hub whose
     * page is full after a type is not asked about the types after it.
     */
    private Map<String, List<RelationRows.Row>> hubRows(RelationFilter filter, Map<String, List<String>> hubTypes,
                                                        Function<String, KindReach> reach) {
        Map<String, List<RelationRows.Row>> rows = new HashMap<>();
        hubTypes.keySet().forEach(hub -> rows.put(hub, new ArrayList<>()));
        int window = filter.after().offset() + filter.first() + 1;
        List<String> types = hubTypes.values().stream().flatMap(List::stream).distinct().sorted()
                .filter(t -> filter.types() == null || filter.types().contains(t))
                .filter(t -> filter.after().type() == null || t.compareTo(filter.after().type()) >= 0).toList();
        for (String type : types) {
            List<String> open = rows.keySet().stream().filter(hub -> hubTypes.get(hub).contains(type) && rows.get(hub).size() < window).toList();
            if (open.isEmpty()) {
                continue;
            }
            Shape shape = Shape.type(filter, type, reach.apply(type));
            if (shape.outgoing() || shape.incoming()) {
                asRecorded.reads(filter.asRecordedOn()).list(statement(shape), typeParameters(filter, type, open, window),
                        record -> rows.get(record.get("id").asString()).addAll(record.get("rows").asList(RelationRows.Row::of)));
            }
        }
        rows.replaceAll((hub, all) -> all.subList(Math.min(all.size(), filter.after().offset()), Math.min(all.size(), window)));
        return rows;
    }

    /**
     * No parameter is ever null or of another type here, so that each type's statement is planned
     * once (a few hundred ms), not once per combination of parameter types, as Neo4j's plan cache does.
     */
    static Map<String, Object> typeParameters(RelationFilter filter, String type, List<String> ids, int window) {
        Map<String, Object> parameters = new HashMap<>(filter.time().parameters());
        parameters.put("ids", ids);
        GraphReads.optionalList(parameters, "kinds", "anyKind", filter.kinds());
        parameters.put("afterId", type.equals(filter.after().type()) ? filter.after().id() : "");
        parameters.put("window", window);
        return parameters;
    }

    /**
     * Where a relation of the type can reach the kinds asked, from the count store. The graph as
     * recorded at a past moment may hold relations removed since, which today's counts miss, so
     * such reads take every direction as before.
     */
    private KindReach reach(RelationFilter filter, String type) {
        if (filter.kinds() == null || filter.asRecordedOn() != null) {
            return KindReach.ANY;
        }
        if (filter.kinds().isEmpty()) {
            return KindReach.NONE; // no kind named, so none matches, as the statements read it
        }
        return asRecorded.reads(null).list(KindReach.statement(type, filter.kinds()), Map.of(),
                record -> new KindReach(record.get("toKind").asBoolean(), record.get("fromKind").asBoolean(),
                        record.get("toAll").asBoolean(), record.get("fromAll").asBoolean())).get(0);
    }

    /**
     * [type, outgoing, incoming, either] for each declared type: the node's own counts (a loop is
     * one of either), from {@link RelationDegrees} or, without it, from one Cypher count each.
     */
    private static String degreesByDirection(List<String> types, boolean byFunction) {
        if (byFunction) {
            return RelationDegrees.NAME + "(n, " + types.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", ", "[", "]")) + ")";
        }
        return types.stream().map(t -> "['" + t + "', COUNT { (n)-[:`" + t + "`]->() }, COUNT { (n)<-[:`" + t + "`]-() }, COUNT { (n)-[:`"
                + t + "`]-() }]").collect(Collectors.joining(", ", "[", "]"));
    }

    /** [type, number of the entity's relations of that type] for each declared type: the node's own counts. */
    private static String degrees(List<String> types, boolean byFunction) {
        if (byFunction) {
            return "[d IN " + degreesByDirection(types, true) + " | [d[0], d[3]]]";
        }
        return types.stream().map(t -> "['" + t + "', COUNT { (n)-[:`" + t + "`]-() }]").collect(Collectors.joining(", ", "[", "]"));
    }

    private String statement(Shape shape) {
        return statements.computeIfAbsent(shape, s -> statementOf(s, degreesByFunction));
    }

    /** The statement for a shape, with the degrees read by {@link RelationDegrees} or counted in Cypher. */
    static String statementOf(Shape shape, boolean degreesByFunction) {
        if (!shape.paged()) {
            return ValidTimeCypher.fill(ENTITIES + total(shape, degreesByFunction)
                    + NO_PAGE.formatted(degrees(shape.declared(), degreesByFunction)), shape.bound());
        }
        String body = shape.type() == null ? PAGE.formatted(degrees(shape.declared(), degreesByFunction)) : TYPE_PAGE.formatted(directions(shape));
        return ValidTimeCypher.fill(ENTITIES + total(shape, degreesByFunction) + shape.projection().fill(body, "m", "r"), shape.bound());
    }

    /** The branches of a hub's type page: the directions that can match, each read from its own index. */
    private static String directions(Shape shape) {
        List<String> branches = new ArrayList<>();
        if (shape.outgoing()) {
            branches.add(OUT.formatted(shape.type(), BulkWrites.FROM_KEY));
        }
        if (shape.incoming()) {
            branches.add(IN.formatted(shape.type(), BulkWrites.TO_KEY));
        }
        if (branches.isEmpty()) {
            throw new IllegalArgumentException("No direction of " + shape.type() + " to read: such a type is skipped, not read");
        }
        return String.join("\n    UNION ALL\n", branches);
    }

    private static String total(Shape shape, boolean degreesByFunction) {
        return switch (shape.count()) {
            case NONE -> NO_TOTAL;
            case DEGREES -> TOTAL_FROM_DEGREES.formatted(degreesByDirection(shape.declared(), degreesByFunction));
            case RELATIONS -> TOTAL.formatted("true");
            case RELATIONS_BUT_HUBS -> TOTAL.formatted("COUNT { (n)--() } <= $sortUpTo");
        };
    }

    /**
     * As {@link #typeParameters}, none is ever null, so that a filter's choices (types or none,
     * a direction or either, a cursor or the first page) add no plan of their own: each combination
     * of null and non-null parameters was planned anew (70-130 ms each in a small embedded probe).
     * A list's size class (one type, a few, more) still is part of Neo4j's plan cache key.
     * The first page starts after the empty type, which every type sorts after.
     */
    static Map<String, Object> parameters(RelationFilter filter, List<String> ids) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", ids);
        GraphReads.optionalList(parameters, "types", "anyType", filter.types());
        parameters.put("direction", filter.direction() == null ? "EITHER" : filter.direction());
        GraphReads.optionalList(parameters, "kinds", "anyKind", filter.kinds());
        parameters.put("afterType", filter.after().type() == null ? "" : filter.after().type());
        parameters.put("afterId", filter.after().id() == null ? "" : filter.after().id());
        parameters.put("relationSkip", filter.after().offset());
        parameters.put("relationLimit", filter.first() + 1);
        parameters.putAll(filter.time().parameters());
        return parameters;
    }

    private static RelationConnection page(RelationFilter filter, RelationRows read) {
        List<RelationRows.Row> rows = read.rows();
        Page<RelationEdge> page = Page.keyset(rows, filter.first(), !filter.after().isFirst(),
                row -> RelationCursor.encode(row.type(), row.id()), (cursor, row) -> edge(filter.time(), cursor, row));
        Integer undated = filter.time().bound() ? (int) rows.stream().limit(filter.first()).filter(RelationRows.Row::undated).count() : null;
        return new RelationConnection(page.edges(), page.pageInfo(), read.total(), undated);
    }

    private static RelationEdge edge(ValidTime time, String cursor, RelationRows.Row row) {
        Map<String, Object> props = row.props();
        return new RelationEdge(cursor, row.id(), row.type(), row.outgoing() ? "OUTGOING" : "INCOMING",
                EntityMapping.toView(time.asThen(row.other(), row.otherStart()), row.labels()),
                EntityMapping.visibleProperties(props), EntityMapping.citations(props), EntityMapping.version(props));
    }

    /**
     * What a statement depends on besides its parameters: the relation type it reads from the
     * indexes (null: the page statement) and in which directions, the projection, whether it
     * counts and is bound in time, and whether it reads a page.
     */
    record Shape(String type, boolean outgoing, boolean incoming, List<String> declared, Projection projection, Count count, boolean bound,
                 boolean paged) {

        /** The page statement, which names the declared types to tell which of them a hub has. */
        static Shape page(RelationFilter filter, List<String> declared) {
            return new Shape(null, false, false, declared, filter.projection(), Count.of(filter, declared), filter.time().bound(), filter.paged());
        }

        /**
         * A hub's relations of one type, in the directions the filter asks and a relation of the
         * type can reach its kinds ({@code reach}): counted, if asked, by the page statement already.
         */
        static Shape type(RelationFilter filter, String type, KindReach reach) {
            return new Shape(type, reach.outgoing(filter), reach.incoming(filter), List.of(), filter.projection(), Count.NONE, filter.time().bound(), true);
        }
    }

    /**
     * How totalCount is counted: not at all, from the nodes' degrees, by reading every relation,
     * or so for all but the hubs, whose are counted type by type ({@link HubTotals}).
     */
    enum Count {
        NONE, DEGREES, RELATIONS, RELATIONS_BUT_HUBS;

        /** Degrees count types and directions only; a kind or a valid time is known by reading each relation. */
        static Count of(RelationFilter filter, List<String> declared) {
            if (!filter.counted()) {
                return NONE;
            }
            if (declared.isEmpty()) {
                return RELATIONS;
            }
            if (filter.kinds() == null && !filter.time().bound()) {
                return DEGREES;
            }
            return HubTotals.countsHubsOf(filter) ? RELATIONS_BUT_HUBS : RELATIONS;
        }
    }

    private static RelationConnection empty(RelationFilter filter) {
        Page<RelationEdge> page = Page.empty(filter.after().isFirst() ? 0 : 1);
        return new RelationConnection(page.edges(), page.pageInfo(), 0, filter.time().bound() ? 0 : null);
    }

}
