package org.migrationgraph.relation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.migrationgraph.support.Page;
import org.migrationgraph.entity.EntityMapping;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.reads.Cell;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.asrecorded.AsRecorded;
import org.migrationgraph.validtime.ValidTime;
import org.migrationgraph.validtime.ValidTimeCypher;
import org.springframework.stereotype.Repository;

/** Pages of relationships for many entities at once: one statement per distinct filter. */
@Repository
class RelationRepository {

    /**
     * The page is cut first, so only its relationships' properties are read (in the form the
     * projection asks). Keyset: the page starts after the (type, id) of the cursor's relation and
     * is the top $limit of the rest, so no page sorts or skips what came before it.
     */
    private static final String ENTITIES = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            """;
    private static final String PAGE = """
            CALL (n) {
              MATCH (n)-[r]-(m:Entity)
              WHERE ($types IS NULL OR type(r) IN $types)
                AND ($direction IS NULL OR ($direction = 'OUTGOING') = (startNode(r) = n))
                AND ($kinds IS NULL OR any(k IN $kinds WHERE k IN labels(m)))
                AND ($afterType IS NULL OR type(r) > $afterType OR (type(r) = $afterType AND r.id > $afterId))
                AND {{holds(r)}} AND {{exists(m)}}
              WITH r, m ORDER BY type(r), r.id SKIP $skip LIMIT $limit
              RETURN collect({r: r, m: m}) AS page
            }
            CALL (n, page) {
              UNWIND page AS x
              WITH x.r AS r, x.m AS m
              RETURN collect({id: r.id, type: type(r), outgoing: startNode(r) = n, props: {{edgeProperties}}, other: {{nodeProperties}},
                              labels: labels(m), undated: {{undated(r)}}, otherStart: {{start(m)}}}) AS rows
            }
            RETURN id, total, rows
            """;
    /** totalCount, only when the query asks for it: it reads every relation of the entity. */
    private static final String TOTAL = """
            CALL (n) {
              MATCH (n)-[r]-(m:Entity)
              WHERE ($types IS NULL OR type(r) IN $types)
                AND ($direction IS NULL OR ($direction = 'OUTGOING') = (startNode(r) = n))
                AND ($kinds IS NULL OR any(k IN $kinds WHERE k IN labels(m)))
                AND {{holds(r)}} AND {{exists(m)}}
              RETURN count(*) AS total
            }""";
    /** When totalCount is not asked for, the answer's count is never read. */
    private static final String NO_TOTAL = """
            WITH id, n, -1 AS total
            """;
    /** By whether the query is bound in time, then by whether it counts, then by projection. */
    private static final Map<Boolean, Map<Boolean, Map<Projection, String>>> PAGES = Map.of(true, pages(true), false, pages(false));

    private final AsRecorded asRecorded;

    RelationRepository(AsRecorded asRecorded) {
        this.asRecorded = asRecorded;
    }

    Map<RelationKey, RelationConnection> load(Set<RelationKey> keys) {
        Map<RelationKey, RelationConnection> result = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(RelationKey::filter)).forEach((filter, sameFilter) -> {
            Map<String, RelationConnection> pages = pages(filter, sameFilter.stream().map(RelationKey::entityId).toList());
            sameFilter.forEach(key -> result.put(key, pages.getOrDefault(key.entityId(), empty(filter))));
        });
        return result;
    }

    /** As recorded at a moment, the same statement reads the graph as it was then ({@link AsRecorded#reads}). */
    private Map<String, RelationConnection> pages(RelationFilter filter, List<String> ids) {
        Map<String, Object> parameters = parameters(filter, ids);
        Map<String, RelationRows> read = new HashMap<>();
        asRecorded.reads(filter.asRecordedOn()).list(pagesStatement(filter.projection(), filter.counted(), filter.time().bound()), parameters, record ->
                read.put(record.get("id").asString(), new RelationRows(record.get("total").asInt(),
                        record.get("rows").asList(RelationRows.Row::of))));
        Map<String, RelationConnection> pages = new HashMap<>();
        read.forEach((id, rows) -> pages.put(id, page(filter, rows)));
        return pages;
    }

    private static Map<Boolean, Map<Projection, String>> pages(boolean bound) {
        return Map.of(
                true, Projection.statements(p -> ValidTimeCypher.fill(ENTITIES + TOTAL + "\n" + p.fill(PAGE, "m", "r"), bound)),
                false, Projection.statements(p -> ValidTimeCypher.fill(ENTITIES + NO_TOTAL + p.fill(PAGE, "m", "r"), bound)));
    }

    static String pagesStatement(Projection projection, boolean counted, boolean bound) {
        return PAGES.get(bound).get(counted).get(projection);
    }

    static Map<String, Object> parameters(RelationFilter filter, List<String> ids) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ids", ids);
        parameters.put("types", filter.types());
        parameters.put("direction", filter.direction());
        parameters.put("kinds", filter.kinds());
        parameters.put("afterType", filter.after().type());
        parameters.put("afterId", filter.after().id());
        parameters.put("skip", filter.after().offset());
        parameters.put("limit", filter.first() + 1);
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

    private static RelationConnection empty(RelationFilter filter) {
        Page<RelationEdge> page = Page.empty(filter.after().isFirst() ? 0 : 1);
        return new RelationConnection(page.edges(), page.pageInfo(), 0, filter.time().bound() ? 0 : null);
    }

}
