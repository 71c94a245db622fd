package org.migrationgraph.list;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.migrationgraph.seed.BulkWrites;
import org.migrationgraph.reads.CypherTemplate;
import org.migrationgraph.support.Page;
import org.migrationgraph.entity.EntityMapping;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.reads.Cell;
import org.migrationgraph.asrecorded.AsRecorded;
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
    private static final String PAGE = """
            RETURN {{nodeProperties}} AS props, labels(n) AS labels, {{undatedEntity(n)}} AS undated, {{start(n)}} AS start
            ORDER BY {{orderBy}}
            SKIP $skip LIMIT $limit
            """;
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

    EntityConnection page(ListQuery query, Projection projection) {
        Map<String, Object> parameters = parameters(query);
        parameters.put("skip", query.skip());
        parameters.put("limit", query.first() + 1);
        List<Cell[]> rows = asRecorded.reads(query.asRecordedOn()).list(pageStatement(query, projection), parameters,
                r -> new Cell[] {r.get("props"), r.get("labels"), r.get("undated"), r.get("start")});
        ValidTime time = query.time();
        Page<EntityConnection.EntityEdgeView> page = Page.of(rows, query.first(), query.skip(), (cursor, row) ->
                new EntityConnection.EntityEdgeView(cursor, EntityMapping.toView(time.asThen(row[0].asMap(), row[3].asString(null)),
                        row[1].asList(Cell::asString))));
        Integer undated = time.bound() ? (int) rows.stream().limit(query.first()).filter(row -> row[2].asBoolean()).count() : null;
        return new EntityConnection(page.edges(), page.pageInfo(), query, undated);
    }

    static String pageStatement(ListQuery query, Projection projection) {
        return ValidTimeCypher.fill(CypherTemplate.fill(match(query) + firstKeyPresent(query.orderBy()) + "\n" + PAGE,
                Map.of("where", query.condition().cypher(), "orderBy", orderBy(query.orderBy()), "nodeProperties", projection.nodeProperties("n"))),
                query.time().bound());
    }

    int count(ListQuery query) {
        return asRecorded.reads(query.asRecordedOn()).first(countStatement(query), parameters(query),
                r -> r.get("total").asInt()).orElse(0);
    }

    static String countStatement(ListQuery query) {
        String match = query.kind() != null && LABEL.matcher(query.kind()).matches() ? ONE_KIND_COUNT.formatted(query.kind()) : match(query);
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
