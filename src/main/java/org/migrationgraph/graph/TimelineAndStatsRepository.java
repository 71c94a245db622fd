package org.migrationgraph.graph;

import java.util.List;

import org.migrationgraph.entity.EntityMapping;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Repository;

/** The dated entities in order, and whole-graph counts. */
@Repository
@Transactional(readOnly = true)
class TimelineAndStatsRepository {

    private static final String TIMELINE = """
            MATCH (e:Entity) WHERE any(k IN $kinds WHERE k IN labels(e))
            WITH e, coalesce(e.date, e.startDate) AS start, coalesce(e.endDate, e.date, e.startDate) AS finish
            WHERE start IS NOT NULL AND ($from IS NULL OR finish >= $from) AND ($to IS NULL OR start <= $to)
            RETURN start, e.endDate AS endDate, e.status AS status, properties(e) AS props, labels(e) AS labels
            ORDER BY start, e.id
            """;
    private static final String COUNTS = """
            CALL () { MATCH (n:Entity) RETURN n.kind AS key, count(*) AS count ORDER BY count DESC, key }
            WITH collect({key: key, count: count}) AS byKind
            CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS key, count(*) AS count ORDER BY count DESC, key }
            RETURN byKind, collect({key: key, count: count}) AS byRelationType
            """;
    private static final String MOST_CONNECTED = """
            MATCH (n:Entity)
            WITH n, COUNT { (n)--(:Entity) } AS degree ORDER BY degree DESC, n.id LIMIT $limit
            RETURN properties(n) AS props, labels(n) AS labels, degree
            """;

    private final Neo4jClient neo4j;

    TimelineAndStatsRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * A partial upper bound covers its whole period: "2020-12" must keep 2020-12-16. ISO dates
     * compare as text, and '~' sorts after every digit and '-', so "2020-12~" is after all of December.
     */
    List<TimelineEntry> timeline(String from, String to, List<String> kinds) {
        String toInclusive = to == null ? null : to + "~";
        return List.copyOf(neo4j.query(TIMELINE).bindAll(GraphRows.parameters("from", from, "to", toInclusive, "kinds", kinds))
                .fetchAs(TimelineEntry.class)
                .mappedBy((t, r) -> new TimelineEntry(r.get("start").asString(), r.get("endDate").asString(null),
                        r.get("status").asString(null), EntityMapping.toView(r.get("props").asMap(), r.get("labels").asList(Value::asString))))
                .all());
    }

    Stats stats() {
        return neo4j.query(COUNTS).fetchAs(Stats.class).mappedBy((t, r) -> {
            List<Stats.Count> byKind = counts(r.get("byKind"));
            List<Stats.Count> byType = counts(r.get("byRelationType"));
            return new Stats(byKind.stream().mapToInt(Stats.Count::count).sum(), byType.stream().mapToInt(Stats.Count::count).sum(), byKind, byType);
        }).one().orElseThrow();
    }

    List<Degree> mostConnected(int limit) {
        return List.copyOf(neo4j.query(MOST_CONNECTED).bind(limit).to("limit").fetchAs(Degree.class)
                .mappedBy((t, r) -> new Degree(EntityMapping.toView(r.get("props").asMap(), r.get("labels").asList(Value::asString)),
                        r.get("degree").asInt()))
                .all());
    }

    private static List<Stats.Count> counts(Value value) {
        return value.asList(v -> new Stats.Count(v.get("key").asString(), v.get("count").asInt()));
    }
}
