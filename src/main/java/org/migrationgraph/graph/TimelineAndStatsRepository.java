package org.migrationgraph.graph;

import java.util.List;
import java.util.Map;

import org.migrationgraph.entity.EntityMapping;
import org.migrationgraph.reads.Cell;
import org.migrationgraph.reads.GraphReads;
import org.springframework.stereotype.Repository;

/** The dated entities in order, and whole-graph counts. */
@Repository
class TimelineAndStatsRepository {

    private static final String TIMELINE = """
            MATCH (e:Entity) WHERE any(k IN $kinds WHERE k IN labels(e))
            WITH e, coalesce(e.date, e.startDate) AS start, coalesce(e.endDate, e.date, e.startDate) AS finish
            WHERE start IS NOT NULL AND ($from IS NULL OR finish >= $from) AND ($to IS NULL OR start <= $to)
            RETURN start, e.endDate AS endDate, e.status AS status, properties(e) AS props, labels(e) AS labels
            ORDER BY start, e.id
            """;
    /** COLLECT subqueries: one row even for an empty graph (CALL subqueries with no rows dropped it). */
    private static final String COUNTS = """
            RETURN COLLECT { MATCH (n:Entity) WITH n.kind AS key, count(*) AS count ORDER BY count DESC, key
                             RETURN {key: key, count: count} } AS byKind,
                   COLLECT { MATCH (:Entity)-[r]->(:Entity) WITH type(r) AS key, count(*) AS count ORDER BY count DESC, key
                             RETURN {key: key, count: count} } AS byRelationType
            """;
    private static final String MOST_CONNECTED = """
            MATCH (n:Entity)
            WITH n, COUNT { (n)--(:Entity) } AS degree ORDER BY degree DESC, n.id LIMIT $limit
            RETURN properties(n) AS props, labels(n) AS labels, degree
            """;

    private final GraphReads reads;

    TimelineAndStatsRepository(GraphReads reads) {
        this.reads = reads;
    }

    /**
     * A partial upper bound covers its whole period: "2020-12" must keep 2020-12-16. ISO dates
     * compare as text, and '~' sorts after every digit and '-', so "2020-12~" is after all of December.
     */
    List<TimelineEntry> timeline(String from, String to, List<String> kinds) {
        String toInclusive = to == null ? null : to + "~";
        return reads.list(TIMELINE, GraphReads.parameters("from", from, "to", toInclusive, "kinds", kinds),
                r -> new TimelineEntry(r.get("start").asString(), r.get("endDate").asString(null),
                        r.get("status").asString(null), EntityMapping.toView(r.get("props").asMap(), r.get("labels").asList(Cell::asString))));
    }

    Stats stats() {
        return reads.first(COUNTS, Map.of(), r -> {
            List<Stats.Count> byKind = counts(r.get("byKind"));
            List<Stats.Count> byType = counts(r.get("byRelationType"));
            return new Stats(byKind.stream().mapToInt(Stats.Count::count).sum(), byType.stream().mapToInt(Stats.Count::count).sum(), byKind, byType);
        }).orElseThrow();
    }

    List<Degree> mostConnected(int limit) {
        return reads.list(MOST_CONNECTED, Map.of("limit", limit),
                r -> new Degree(EntityMapping.toView(r.get("props").asMap(), r.get("labels").asList(Cell::asString)), r.get("degree").asInt()));
    }

    private static List<Stats.Count> counts(Cell value) {
        return value.asList(v -> new Stats.Count(v.get("key").asString(), v.get("count").asInt()));
    }
}
