package org.migrationgraph.list;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.migrationgraph.seed.BulkWrites;
import org.migrationgraph.reads.CypherTemplate;
import org.migrationgraph.support.Page;
import org.migrationgraph.support.PageInfo;
import org.migrationgraph.entity.EntityMapping;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.reads.Cell;
import org.migrationgraph.asrecorded.AsRecorded;
import org.migrationgraph.relation.ListedRelations;
import org.migrationgraph.validtime.ValidTime;
import org.migrationgraph.validtime.ValidTimeCypher;
import org.springframework.stereotype.Repository;

/** Filtered, ordered pages of entities, and their counts. */
@Repository
class ListRepository {

    private static final String ANY_KIND = """
            MATCH (n:Entity) WHERE {{where}} AND {{exists(n)}}""";
    /**
     * The kind as a label in the text, so Neo4j scans that label only: a dynamic label
     * ({@code n:$($kind)}) is, in Neo4j 5.26, a filter over every entity (996,647 of them read for
     * the 193 Member States of a million-entity graph). Kinds are declared names; one that is not
     * a plain label name stays a parameter.
     */
    private static final String ONE_KIND = """
            MATCH (n:`%s`) WHERE n:Entity AND {{where}} AND {{exists(n)}}""";
    /**
     * The same for a count: without n:Entity, since a kind's label is only ever set on an entity
     * (graph.TimelineAndStatsRepository relies on it too), so that with no condition Neo4j
     * answers from its count store (92 ms to 13 ms for 604,142 statements, over Bolt).
     */
    private static final String ONE_KIND_COUNT = """
            MATCH (n:`%s`) WHERE {{where}} AND {{exists(n)}}""";
    private static final String DYNAMIC_KIND = """
            MATCH (n:$($kind)) WHERE n:Entity AND {{where}} AND {{exists(n)}}""";
    private static final Pattern LABEL = Pattern.compile("[A-Z][A-Za-z0-9]*");
    /**
     * A seek that finds fewer than this many entities is narrow: the page is read from its index
     * and only those few sorted. Otherwise Neo4j's choice stands, which for an ordered page is to
     * read the order's index and filter each entry until the page is full: quick when matches are
     * many, but the whole index when there are few (1.7 s for none of a million, dated up to 2001).
     */
    static final int NARROW = 10_000;
    /** Counts a seek's entries up to {@link #NARROW}: at most that many index entries read. */
    private static final String PROBE = """
            MATCH (n:Entity) WHERE %s
            WITH n LIMIT $narrow
            RETURN count(n) AS found""";
    private static final String SEEKING = """
            MATCH (n:Entity) USING INDEX SEEK n:Entity(%s) WHERE %s%s AND {{where}} AND {{exists(n)}}""";
    private static final String PAGE = """
            RETURN {{node}}{{nodeProperties}} AS props, labels(n) AS labels, {{undatedEntity(n)}} AS undated, {{start(n)}} AS start
            ORDER BY {{orderBy}}
            SKIP $skip LIMIT $limit
            """;
    /**
     * The page with each entity's relations read for it (relation.ListedRelations, %2$s) in the
     * same statement: the page (%1$s, which returns its entities as {@code n} too) is collected in
     * its order and numbered, and the rows are given back in that order (%3$s: the relations' columns).
     */
    private static final String WITH_RELATIONS = """
            CALL () {
            %s
            }
            WITH collect({n: n, props: props, labels: labels, undated: undated, start: start}) AS listed
            UNWIND range(0, size(listed) - 1) AS position
            WITH position, listed[position] AS listedRow, listed[position].n AS n
            CALL (n) {
            %s
            }
            RETURN position, listedRow.props AS props, listedRow.labels AS labels, listedRow.undated AS undated, listedRow.start AS start, %s
            ORDER BY position""";
    private static final String COUNT = "RETURN count(n) AS total";
    /**
     * Sort expressions by enum value: the only order text a query can contain. A name sorts by
     * its lower-cased form, and a date by the date or else the start date, undated last (first
     * descending): every writer stores both (BulkWrites#SORT_NAME, #SORT_DATE) and indexes hold
     * them. The id, always the last key, breaks ties.
     */
    private static final Map<String, String> ORDER = Map.of(
            "NAME", "n." + BulkWrites.SORT_NAME,
            "ID", "n.id",
            "DATE", "n." + BulkWrites.SORT_DATE);
    /**
     * Said of the first sort key when it is an indexed property that every entity has, so that
     * Neo4j may read a large kind in that index's order and stop after the page, rather than
     * sort all of it (it plans an index's order only for a property it knows to be there).
     */
    private static final Map<String, String> PRESENT = Map.of(
            "NAME", " AND n." + BulkWrites.SORT_NAME + " IS NOT NULL",
            "ID", " AND n.id IS NOT NULL",
            "DATE", " AND n." + BulkWrites.SORT_DATE + " IS NOT NULL");

    private final AsRecorded asRecorded;

    ListRepository(AsRecorded asRecorded) {
        this.asRecorded = asRecorded;
    }

    /** The page, and the relations its selection asks of each entity when they can be read with it. */
    EntityConnection page(ListQuery query, Projection projection, Optional<ListedRelations.Reading> relations) {
        Map<String, Object> parameters = new HashMap<>(relations.map(ListedRelations.Reading::parameters).orElse(Map.of()));
        parameters.putAll(parameters(query)); // the list's window, if any, over the relations' unused one
        parameters.put("skip", query.skip());
        parameters.put("limit", query.first() + 1);
        Seek narrow = narrowSeek(query).orElse(null);
        boolean withNode = relations.isPresent();
        String statement = narrow == null ? pageStatement(query, projection, withNode) : pageStatement(query, projection, narrow, withNode);
        if (relations.isPresent()) {
            statement = withRelations(statement, relations.get().perEntity());
        }
        List<Cell[]> rows = asRecorded.reads(query.asRecordedOn()).list(statement, parameters, r -> {
            relations.ifPresent(reading -> reading.add(r));
            return new Cell[] {r.get("props"), r.get("labels"), r.get("undated"), r.get("start")};
        });
        ValidTime time = query.time();
        Page<EntityConnection.EntityEdgeView> page = Page.of(rows, query.first(), query.skip(), (cursor, row) ->
                new EntityConnection.EntityEdgeView(cursor, EntityMapping.toView(time.asThen(row[0].asMap(), row[3].asString(null)),
                        row[1].asList(Cell::asString))));
        Integer undated = time.bound() ? (int) rows.stream().limit(query.first()).filter(row -> row[2].asBoolean()).count() : null;
        return new EntityConnection(page.edges(), page.pageInfo(), query, undated, narrow);
    }

    /** For a question that asks for none of the page's fields (totalCount alone): only the seek its count will read by. */
    EntityConnection unread(ListQuery query) {
        return new EntityConnection(List.of(), new PageInfo(false, false, null, null), query, null, narrowSeek(query).orElse(null));
    }

    static String pageStatement(ListQuery query, Projection projection) {
        return pageStatement(query, projection, false);
    }

    /** With {@code withNode}, each row holds the entity itself too, as {@code n}. */
    static String pageStatement(ListQuery query, Projection projection, boolean withNode) {
        return page(query, projection, match(query) + firstKeyPresent(query.orderBy()), withNode);
    }

    /** The page read from a narrow seek's index, its few entities sorted. */
    static String pageStatement(ListQuery query, Projection projection, Seek seek) {
        return pageStatement(query, projection, seek, false);
    }

    static String pageStatement(ListQuery query, Projection projection, Seek seek, boolean withNode) {
        return page(query, projection, seeking(query, seek), withNode);
    }

    private static String page(ListQuery query, Projection projection, String match, boolean withNode) {
        return ValidTimeCypher.fill(CypherTemplate.fill(match + "\n" + PAGE, Map.of("where", query.condition().cypher(),
                "orderBy", orderBy(query.orderBy()), "nodeProperties", projection.nodeProperties("n"), "node", withNode ? "n, " : "")),
                query.time().bound());
    }

    /** A page statement (that returns its entities as {@code n}) with {@code perEntity} run for each entity, in page order. */
    static String withRelations(String page, String perEntity) {
        return WITH_RELATIONS.formatted(page, perEntity, String.join(", ", ListedRelations.COLUMNS));
    }

    /** Counts what the page's query keeps, from the narrow seek the page was read by, if any. */
    int count(ListQuery query, Seek narrow) {
        String statement = narrow == null ? countStatement(query) : countStatement(query, narrow);
        return asRecorded.reads(query.asRecordedOn()).first(statement, parameters(query),
                r -> r.get("total").asInt()).orElse(0);
    }

    /**
     * The condition's seek with the fewest entries, if below {@link #NARROW}. Only for the graph
     * now: as recorded, every statement first undoes the revisions since, and a probe would double
     * that work.
     */
    Optional<Seek> narrowSeek(ListQuery query) {
        if (query.asRecordedOn() != null) {
            return Optional.empty();
        }
        Seek narrowest = null;
        int fewest = NARROW;
        for (Seek seek : query.condition().seeks()) {
            Map<String, Object> parameters = new HashMap<>(query.condition().parameters());
            parameters.put("narrow", fewest); // a second seek need only beat the first
            int found = asRecorded.reads(null).first(probeStatement(seek), parameters, r -> r.get("found").asInt()).orElse(0);
            if (found < fewest) {
                narrowest = seek;
                fewest = found;
            }
        }
        return Optional.ofNullable(narrowest);
    }

    static String probeStatement(Seek seek) {
        return PROBE.formatted(seek.cypher());
    }

    static String countStatement(ListQuery query, Seek seek) {
        return count(query, seeking(query, seek));
    }

    /**
     * The hint keeps Neo4j on a seek of that index, which it would otherwise trade for an ordered
     * scan of another; {@code USING INDEX} alone let it scan the whole hinted index in some runs of
     * ListScanWorkIT.
     */
    private static String seeking(ListQuery query, Seek seek) {
        String kind = query.kind() == null ? "" : LABEL.matcher(query.kind()).matches() ? " AND n:`" + query.kind() + "`" : " AND n:$($kind)";
        return SEEKING.formatted(seek.property(), seek.cypher(), kind);
    }

    static String countStatement(ListQuery query) {
        return count(query, query.kind() != null && LABEL.matcher(query.kind()).matches() ? ONE_KIND_COUNT.formatted(query.kind()) : match(query));
    }

    private static String count(ListQuery query, String match) {
        return ValidTimeCypher.fill(CypherTemplate.fill(match + "\n" + COUNT, Map.of("where", query.condition().cypher())),
                query.time().bound());
    }

    private static String match(ListQuery query) {
        if (query.kind() == null) {
            return ANY_KIND;
        }
        return LABEL.matcher(query.kind()).matches() ? ONE_KIND.formatted(query.kind()) : DYNAMIC_KIND;
    }

    static Map<String, Object> parameters(ListQuery query) {
        Map<String, Object> parameters = new HashMap<>(query.condition().parameters());
        parameters.put("kind", query.kind());
        parameters.putAll(query.time().parameters());
        return parameters;
    }

    private static String firstKeyPresent(List<Map<String, Object>> orderBy) {
        String first = orderBy == null || orderBy.isEmpty() ? "NAME" : String.valueOf(orderBy.get(0).get("field"));
        return PRESENT.getOrDefault(first, "");
    }

    private static String orderBy(List<Map<String, Object>> orderBy) {
        List<String> keys = new ArrayList<>();
        for (Map<String, Object> order : orderBy == null ? List.<Map<String, Object>>of() : orderBy) {
            keys.add(ORDER.get(String.valueOf(order.get("field"))) + ("DESC".equals(order.get("direction")) ? " DESC" : " ASC"));
        }
        if (keys.isEmpty()) {
            keys.add(ORDER.get("NAME"));
        }
        keys.add("n.id");
        return String.join(", ", keys);
    }
}
