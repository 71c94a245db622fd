package org.migrationgraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.migrationgraph.entity.EntityMapping;
import org.migrationgraph.reads.Cell;
import org.migrationgraph.reads.CypherTemplate;
import org.migrationgraph.asrecorded.AsRecorded;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.reads.Row;
import org.migrationgraph.seed.BulkWrites;
import org.migrationgraph.support.Page;
import org.migrationgraph.validtime.ValidTime;
import org.migrationgraph.validtime.ValidTimeCypher;
import org.springframework.stereotype.Repository;

/** The dated entities in order, and whole-graph counts (the most connected: MostConnectedRepository). */
@Repository
class TimelineAndStatsRepository {

    /**
     * The dated entities of the kinds, period and time asked: what every timeline statement
     * starts from. The kinds are a label expression (%s, such as `Meeting`|`Event`), so the
     * planner scans those labels' nodes only, not every entity's. The conditions stay in the
     * MATCH's WHERE, before any projection: the count took half the time that way at a million
     * (docs/benchmarks.md, "The timeline a page at a time").
     */
    private static final String DATED = """
            MATCH (e:%s) WHERE e:Entity AND {{exists(e)}} AND coalesce(e.date, e.startDate) IS NOT NULL
              AND ($from IS NULL OR coalesce(e.endDate, e.date, e.startDate) >= $from)
              AND ($to IS NULL OR coalesce(e.date, e.startDate) <= $to)
            """;
    /**
     * A `from` that few entities reach: the dated entities of the kinds read from the index of
     * their last date (BulkWrites#LAST_DATE, the end date or else the start: what `from` compares,
     * absent for the undated), only those few then filtered and sorted. Otherwise each kind's
     * index is read in date order from its first entry, and every entry that ended before `from`
     * is read and dropped (a day no entity reaches: 214-238 ms at a million, 10-13 ms this way).
     * This one reads every kind's last dates together: for more kinds than SEEKS_UP_TO, read this
     * way with any `from`, as sorting every entry of the kinds was slower however many reached it
     * (five kinds at a million, from 2019, when 755,184 entities reach it: 524 against 805 ms).
     */
    private static final String DATED_FROM_SEEK = """
            MATCH (e:Entity) USING INDEX SEEK e:Entity(lastDate) WHERE e.lastDate >= $from AND e:%s AND {{exists(e)}}
              AND ($to IS NULL OR coalesce(e.date, e.startDate) <= $to)
            """;
    /**
     * The same for a few kinds, each read from its own last date's index (TimelineIndexes), so
     * that entries of other kinds reaching `from` cost nothing: at a million, a tenth of all
     * entities reach 2026, and of the meetings and events 9,393. No index hint: a kind added since
     * the start has no index yet, and its label is scanned instead. UNION: an entity of two kinds
     * comes from two branches.
     */
    private static final String DATED_FROM_KINDS_SEEK = """
            CALL () {
            %s}
            WITH e WHERE e:Entity AND {{exists(e)}} AND ($to IS NULL OR coalesce(e.date, e.startDate) <= $to)
            """;
    /** One kind's entries whose last date reaches `from` (%s the kind's label). */
    private static final String REACH_BRANCH = """
              MATCH (e:%s) WHERE e.lastDate >= $from
              RETURN e
            """;
    /** The kinds' entities in all (%s: a KIND_SIZE_BRANCH per kind, UNION ALL: each label counted on its own). */
    private static final String KIND_SIZES = """
            CALL () {
            %s}
            RETURN sum(n) AS total""";
    /** One kind's entities (%s the label), from the count store. */
    private static final String KIND_SIZE_BRANCH = """
              MATCH (e:%s) RETURN count(e) AS n
            """;
    /** Counts the entities whose last date is on or after $from, up to $narrow: at most that many index entries read. */
    private static final String FROM_PROBE = """
            MATCH (e:Entity) WHERE e.lastDate >= $from
            WITH e LIMIT $narrow
            RETURN count(e) AS found""";
    /** The same for a few kinds, from their own indexes: an entity of two kinds is counted once. */
    private static final String FROM_KINDS_PROBE = """
            CALL () {
            %s}
            WITH e LIMIT $narrow
            RETURN count(e) AS found""";
    /** Fewer entities than this reaching `from`, and the timeline is read from their last date's index (as ListRepository.NARROW). */
    static final int NARROW = 10_000;
    /** What the timeline is ordered by: the start, then the id. */
    private static final String IN_ORDER = """
            WITH e, coalesce(e.date, e.startDate) AS start, e.id AS id
            """;
    private static final String ENTRY = """
            RETURN start, e.endDate AS endDate, e.status AS status, properties(e) AS props, labels(e) AS labels, {{start(e)}} AS validStart
            """;
    private static final String TIMELINE = DATED + IN_ORDER + ENTRY + "ORDER BY start, id";
    /**
     * One kind's entries that start on one of the two dates (%1$s the kind's label, %2$s the date,
     * %3$s a condition that the other date does not come first), from the cursor on: the range
     * seek on the kind's TimelineIndexes index gives them in date order, so the planner reads
     * about a page of them (a PartialTop), however long the timeline. Conditions it cannot seek
     * on are filters on those rows.
     */
    private static final String PAGE_BRANCH = """
              MATCH (e:%1$s) WHERE e.%2$s >= coalesce($afterStart, '') AND e:Entity%3$s AND {{exists(e)}}
                AND ($from IS NULL OR coalesce(e.endDate, e.%2$s) >= $from) AND ($to IS NULL OR e.%2$s <= $to)
                AND ($afterStart IS NULL OR e.%2$s > $afterStart OR e.id > $afterId)
              WITH e ORDER BY e.%2$s, e.id LIMIT $rows
              RETURN e, e.%2$s AS start, e.id AS id
            """;
    /**
     * A page: each kind and date gives at most a page from its index, and only those are sorted.
     * UNION, not UNION ALL: an entity of two kinds comes from two branches.
     */
    private static final String PAGE_OF_BRANCHES = """
            CALL () {
            %s}
            WITH e, start, id ORDER BY start, id LIMIT $rows
            """ + ENTRY + "ORDER BY start, id";
    /** Without the indexes' order: for more kinds than SEEKS_UP_TO, the entries after the cursor are sorted. */
    private static final String TIMELINE_PAGE_SORTED = DATED + IN_ORDER + """
            WHERE $afterStart IS NULL OR start > $afterStart OR (start = $afterStart AND id > $afterId)
            WITH e, start, id ORDER BY start, id LIMIT $rows
            """ + ENTRY + "ORDER BY start, id";
    /**
     * More kinds than SEEKS_UP_TO: the entities' starts in order from their index (BulkWrites
     * #SORT_DATE: the date, else the start date, UNDATED for the rest), each entry checked for the
     * kinds until the page is full. About a page is read when the kinds hold most dated entities,
     * at most the index when they hold few; sorting read every entry of the kinds. One statement
     * whatever the number of kinds, so planning does not grow with them (five kinds at a million:
     * 531 ms sorted, 3.6 ms this way). %1$s the kinds' labels, %2$s UNDATED. Not with `from`: an
     * entry that started before it may still reach it, so every entry before it would be read in
     * order; those read the last dates instead.
     */
    private static final String PAGE_IN_START_ORDER = """
            MATCH (e:Entity) USING INDEX SEEK e:Entity(sortDate)
            WHERE e.sortDate >= coalesce($afterStart, '') AND e.sortDate < '%2$s' AND e:%1$s AND {{exists(e)}}
              AND e.sortDate <= coalesce($to, '%2$s') AND ($afterStart IS NULL OR e.sortDate > $afterStart OR e.id > $afterId)
            WITH e, e.sortDate AS start, e.id AS id ORDER BY start, id LIMIT $rows
            """ + ENTRY + "ORDER BY start, id";
    /**
     * Their count, from the same index: the dated entities' starts, each checked for the kinds,
     * where the scan read every entity of the kinds and three dates from each.
     */
    private static final String COUNT_IN_START_ORDER = """
            MATCH (e:Entity) USING INDEX SEEK e:Entity(sortDate)
            WHERE e.sortDate < '%2$s' AND e:%1$s AND {{exists(e)}} AND e.sortDate <= coalesce($to, '%2$s')
            RETURN count(*) AS total""";
    /**
     * Each kind adds two branches, and planning grows with them (at a million entities, 3 kinds
     * 0.3 s, all 17 1.1 s, once per statement text); past this many kinds a page sorts instead.
     */
    static final int SEEKS_UP_TO = 4;
    private static final String TIMELINE_COUNT = DATED + "RETURN count(*) AS total";
    private static final String PAGE_AFTER_CURSOR = IN_ORDER + """
            WHERE $afterStart IS NULL OR start > $afterStart OR (start = $afterStart AND id > $afterId)
            WITH e, start, id ORDER BY start, id LIMIT $rows
            """ + ENTRY + "ORDER BY start, id";
    /**
     * One kind's entries that start on one of the two dates, up to $to, read from the kind's
     * TimelineIndexes index alone: the date comes with the index entry, so no entity is read
     * (only those of the second date, to see that the first is unset). Without e:Entity, which
     * would read each node: a kind's label is only ever set on an entity (BulkWrites, GraphWriter,
     * Rewind and StoreImport write it with the kinds).
     */
    private static final String COUNT_BRANCH = """
              MATCH (e:%1$s) WHERE e.%2$s IS NOT NULL%3$s
              RETURN e
            """;
    /** With $to, a range seek up to it: a timeline up to a year reads that far into the index. */
    private static final String COUNT_BRANCH_UP_TO = """
              MATCH (e:%1$s) WHERE e.%2$s <= $to%3$s
              RETURN e
            """;
    /** UNION: an entity of two kinds comes from two branches, and is counted once. */
    private static final String COUNT_OF_BRANCHES = """
            CALL () {
            %s}
            RETURN count(e) AS total""";
    /** The timeline's starts without its entries: no entity is mapped or sent, only a few thousand dates at most. */
    private static final String TIMELINE_DATES = """
            MATCH (e:%s) WHERE e:Entity
            WITH coalesce(e.date, e.startDate) AS start WHERE start IS NOT NULL
            RETURN DISTINCT start ORDER BY start
            """;
    /** The same starts from the kinds' indexes, as COUNT_BRANCH reads them; UNION keeps each date once. */
    private static final String DATES_BRANCH = """
              MATCH (e:%1$s) WHERE e.%2$s IS NOT NULL%3$s
              RETURN e.%2$s AS start
            """;
    private static final String DATES_OF_BRANCHES = """
            CALL () {
            %s}
            RETURN start ORDER BY start""";
    /**
     * One pass over the entities and one over the relationships, each counting its undated facts
     * as it goes; aggregating without a grouping key keeps one row even for an empty graph. Bound
     * in time, whether the far end existed is asked once per entity and type, not per
     * relationship: a hub's existence would otherwise be read once for each of its relationships.
     */
    private static final String COUNTS = """
            CALL () {
              MATCH (n:Entity) WHERE {{exists(n)}}
              WITH n.kind AS key, count(*) AS count, sum(CASE WHEN {{undatedEntity(n)}} THEN 1 ELSE 0 END) AS undated
              ORDER BY count DESC, key
              RETURN collect({key: key, count: count}) AS byKind, sum(undated) AS undatedEntities
            }
            CALL () {
              MATCH (a:Entity) WHERE {{exists(a)}}
              MATCH (a)-[r]->(b:Entity) WHERE {{holds(r)}}
              WITH b, type(r) AS key, count(*) AS count, sum(CASE WHEN {{undated(r)}} THEN 1 ELSE 0 END) AS undated
              WHERE {{exists(b)}}
              WITH key, sum(count) AS count, sum(undated) AS undated
              ORDER BY count DESC, key
              RETURN collect({key: key, count: count}) AS byRelationType, sum(undated) AS undatedRelations
            }
            RETURN byKind, byRelationType, undatedEntities + undatedRelations AS undated
            """;
    /**
     * The same counts from the tallies (CountTallies) instead of the graph: the window's rules
     * applied to each tally's validities, its count added where they hold.
     */
    private static final String COUNTS_FROM_TALLIES = """
            CALL () {
              UNWIND $entities AS t
              WITH t, t.n AS n WHERE {{exists(n)}}
              WITH t.key AS key, sum(t.count) AS count, sum(CASE WHEN {{undatedEntity(n)}} THEN t.count ELSE 0 END) AS undated
              ORDER BY count DESC, key
              RETURN collect({key: key, count: count}) AS byKind, sum(undated) AS undatedEntities
            }
            CALL () {
              UNWIND $relations AS t
              WITH t, t.a AS a, t.r AS r, t.b AS b WHERE {{exists(a)}} AND {{holds(r)}} AND {{exists(b)}}
              WITH t.key AS key, sum(t.count) AS count, sum(CASE WHEN {{undated(r)}} THEN t.count ELSE 0 END) AS undated
              ORDER BY count DESC, key
              RETURN collect({key: key, count: count}) AS byRelationType, sum(undated) AS undatedRelations
            }
            RETURN byKind, byRelationType, undatedEntities + undatedRelations AS undated
            """;

    private final AsRecorded asRecorded;
    private final CountTallies tallies;

    TimelineAndStatsRepository(AsRecorded asRecorded, CountTallies tallies) {
        this.asRecorded = asRecorded;
        this.tallies = tallies;
    }

    List<TimelineEntry> timeline(TimelineQuery query) {
        return asRecorded.reads(query.asRecordedOn()).list(statement(TIMELINE, query), parameters(query), entry(query.time()));
    }

    /** The page of {@code first} entries after {@code after} (null: the first page). */
    TimelineConnection timelinePage(TimelineQuery query, int first, TimelineCursor after) {
        Map<String, Object> parameters = new HashMap<>(parameters(query));
        parameters.put("afterStart", after == null ? null : after.start());
        parameters.put("afterId", after == null ? null : after.id());
        parameters.put("rows", first + 1);
        boolean byEntities = byEntityIndexes(query);
        String statement = fromLastDate(query, byEntities) ? pageFromLastDateStatement(query.kinds()) : pageStatement(query, byEntities);
        List<TimelineEntry> rows = asRecorded.reads(query.asRecordedOn())
                .list(ValidTimeCypher.fill(statement, query.time().bound()), parameters, entry(query.time()));
        Page<TimelineConnection.TimelineEdge> page = Page.keyset(rows, first, after != null,
                e -> TimelineCursor.encode(e.date(), e.entity().id()), TimelineConnection.TimelineEdge::new);
        return new TimelineConnection(page.edges(), page.pageInfo(), query);
    }

    int timelineCount(TimelineQuery query) {
        return asRecorded.reads(query.asRecordedOn()).first(countStatement(query, byEntityIndexes(query)), parameters(query),
                r -> r.get("total").asInt()).orElse(0);
    }

    /**
     * Whether more kinds than SEEKS_UP_TO are read from the entities' date indexes: when they
     * have at least {@link #NARROW} entities, counted from Neo4j's count store (one read per kind).
     * Fewer are read by their labels and sorted, which is quick for so few, where the entities'
     * indexes would be read past every other kind's entry. Only for the graph now, as the probe.
     */
    boolean byEntityIndexes(TimelineQuery query) {
        if (seeks(query.kinds()) || query.asRecordedOn() != null) {
            return false;
        }
        return asRecorded.reads(null).first(kindSizesStatement(query.kinds()), Map.of(), r -> r.get("total").asInt()).orElse(0) >= NARROW;
    }

    /** The kinds' entities, counted from the count store: a label alone in a MATCH is counted without reading a node. */
    static String kindSizesStatement(List<String> kinds) {
        return KIND_SIZES.formatted(kinds.stream().distinct().sorted().map(kind -> KIND_SIZE_BRANCH.formatted(CypherTemplate.quoted(kind)))
                .collect(Collectors.joining("  UNION ALL\n")));
    }

    /**
     * Whether to read the page from the last dates: for more kinds than SEEKS_UP_TO when they are
     * read by the entities' indexes (byEntityIndexes), else
     * when fewer than {@link #NARROW} entries of the kinds reach `from` (when more do, each kind's
     * start-date index reaches them soon: two kinds from 2019 at a million, 1 ms that way and 115
     * from the last dates). Only for the graph now: as recorded, every statement first undoes the
     * revisions since, and a probe would double that.
     */
    boolean fromLastDate(TimelineQuery query, boolean byEntityIndexes) {
        if (query.from() == null || query.asRecordedOn() != null) {
            return false;
        }
        if (!seeks(query.kinds())) {
            return byEntityIndexes;
        }
        return asRecorded.reads(null).first(probeStatement(query.kinds()), Map.of("from", query.from(), "narrow", NARROW),
                r -> r.get("found").asInt()).orElse(NARROW) < NARROW;
    }

    /** How many of the kinds' entities reach `from`, up to NARROW: from each kind's last date's index for a few kinds. */
    static String probeStatement(List<String> kinds) {
        return seeks(kinds) ? FROM_KINDS_PROBE.formatted(reachBranches(kinds)) : FROM_PROBE;
    }

    /** The page read from the last dates' indexes, the kinds sorted so that their order makes no new statement to plan. */
    static String pageFromLastDateStatement(List<String> kinds) {
        return datedFromLastDate(kinds) + PAGE_AFTER_CURSOR;
    }

    static String countFromLastDateStatement(List<String> kinds) {
        return datedFromLastDate(kinds) + "RETURN count(*) AS total";
    }

    private static String datedFromLastDate(List<String> kinds) {
        return seeks(kinds) ? DATED_FROM_KINDS_SEEK.formatted(reachBranches(kinds)) : DATED_FROM_SEEK.formatted(sortedLabels(kinds));
    }

    /** A branch per kind, sorted, UNIONed: each reads the kind's entries that reach `from`. */
    private static String reachBranches(List<String> kinds) {
        return kinds.stream().distinct().sorted().map(kind -> REACH_BRANCH.formatted(CypherTemplate.quoted(kind)))
                .collect(Collectors.joining("  UNION\n"));
    }

    /**
     * With `from`, on the graph now: from the last dates' indexes, whether few or many reach it.
     * They read only the entries that reach the day, where the kinds' labels read every entry of
     * the kinds (at a million, five kinds from 2024: 38 against 642 ms in the database; two kinds
     * from 2019, where nine in ten of theirs reach it: 140 against 92 ms). As recorded, the scan:
     * see fromLastDate. More kinds than SEEKS_UP_TO are read so only by the entities' indexes.
     * <p>
     * Otherwise from the kinds' indexes alone when nothing but the dates decides: no `from` and
     * no valid time (which reads each entity's validity). For more kinds, without `from`, from
     * the entities' start dates when read by the entities' indexes.
     */
    static String countStatement(TimelineQuery query, boolean byEntityIndexes) {
        if (query.from() != null && query.asRecordedOn() == null && (seeks(query.kinds()) || byEntityIndexes)) {
            return ValidTimeCypher.fill(countFromLastDateStatement(query.kinds()), query.time().bound());
        }
        if (query.from() == null && !query.time().bound() && seeks(query.kinds())) {
            return COUNT_OF_BRANCHES.formatted(branches(query.kinds(), query.to() == null ? COUNT_BRANCH : COUNT_BRANCH_UP_TO));
        }
        if (query.from() == null && byEntityIndexes && !seeks(query.kinds())) {
            return ValidTimeCypher.fill(COUNT_IN_START_ORDER.formatted(sortedLabels(query.kinds()), BulkWrites.UNDATED), query.time().bound());
        }
        return statement(TIMELINE_COUNT, query);
    }

    private static String statement(String template, TimelineQuery query) {
        return ValidTimeCypher.fill(template.formatted(labels(query.kinds())), query.time().bound());
    }

    /** The page statement when not read from the last dates: in start order when read by the entities' indexes, without `from`. */
    static String pageStatement(TimelineQuery query, boolean byEntityIndexes) {
        if (byEntityIndexes && !seeks(query.kinds()) && query.from() == null) {
            return PAGE_IN_START_ORDER.formatted(sortedLabels(query.kinds()), BulkWrites.UNDATED);
        }
        return pageStatement(query.kinds());
    }

    /**
     * The page statement for these kinds: a branch per kind and date, in the order of
     * TimelineIndexes.STARTS, the kinds sorted so that their order makes no new statement to plan.
     */
    static String pageStatement(List<String> kinds) {
        if (!seeks(kinds)) {
            return TIMELINE_PAGE_SORTED.formatted(sortedLabels(kinds));
        }
        return PAGE_OF_BRANCHES.formatted(branches(kinds, PAGE_BRANCH));
    }

    private static boolean seeks(List<String> kinds) {
        return kinds.stream().distinct().count() <= SEEKS_UP_TO;
    }

    /** A branch per kind and date, UNIONed, in the order of TimelineIndexes.STARTS and with the kinds sorted. */
    private static String branches(List<String> kinds, String branch) {
        StringBuilder branches = new StringBuilder();
        for (String kind : kinds.stream().distinct().sorted().toList()) {
            String label = CypherTemplate.quoted(kind);
            for (int i = 0; i < TimelineIndexes.STARTS.size(); i++) {
                // An entry starts on the first of the dates that is set: a later one counts only when the earlier are null.
                String earlierUnset = TimelineIndexes.STARTS.subList(0, i).stream()
                        .map(earlier -> " AND e." + earlier + " IS NULL").collect(Collectors.joining());
                branches.append(branches.isEmpty() ? "" : "  UNION\n")
                        .append(branch.formatted(label, TimelineIndexes.STARTS.get(i), earlierUnset));
            }
        }
        return branches.toString();
    }

    /** The kinds in one order, so that the order they were asked in makes no new statement to plan. */
    private static String sortedLabels(List<String> kinds) {
        return labels(kinds.stream().distinct().sorted().toList());
    }

    /** Kinds as a label expression; they were checked against the vocabulary, and are quoted all the same. */
    private static String labels(List<String> kinds) {
        return kinds.stream().map(CypherTemplate::quoted).collect(Collectors.joining("|"));
    }

    private static Map<String, Object> parameters(TimelineQuery query) {
        return query.time().with(GraphReads.parameters("from", query.from(), "to", query.toInclusive()));
    }

    private static Function<Row, TimelineEntry> entry(ValidTime time) {
        return r -> {
            String validStart = r.get("validStart").asString(null);
            String status = time.plannedThen(validStart) ? "planned" : r.get("status").asString(null);
            return new TimelineEntry(r.get("start").asString(), r.get("endDate").asString(null), status,
                    EntityMapping.toView(time.asThen(r.get("props").asMap(), validStart), r.get("labels").asList(Cell::asString)));
        };
    }

    List<String> timelineDates(List<String> kinds) {
        return asRecorded.reads(null).list(datesStatement(kinds), Map.of(), r -> r.get("start").asString());
    }

    static String datesStatement(List<String> kinds) {
        return seeks(kinds) ? DATES_OF_BRANCHES.formatted(branches(kinds, DATES_BRANCH)) : TIMELINE_DATES.formatted(labels(kinds));
    }

    /**
     * Counted from the tallies of the graph now, for any window; as recorded at a moment, counted
     * over the graph as it was then, which no tally holds.
     */
    Stats stats(ValidTime time, String asRecordedOn) {
        if (asRecordedOn != null) {
            return counted(asRecorded.reads(asRecordedOn), COUNTS, time.parameters(), time, asRecordedOn);
        }
        CountTallies.Tallies now = tallies.now();
        return counted(asRecorded.reads(null), COUNTS_FROM_TALLIES, time.with(Map.of("entities", now.entities(), "relations", now.relations())),
                time, null);
    }

    /** Counted over every fact, without the tallies: what the tallies must agree with (StatsTalliesIT). */
    Stats statsOverEveryFact(ValidTime time) {
        return counted(asRecorded.reads(null), COUNTS, time.parameters(), time, null);
    }

    private static Stats counted(GraphReads reads, String template, Map<String, Object> parameters, ValidTime time, String asRecordedOn) {
        return reads.first(ValidTimeCypher.fill(template, time.bound()), parameters, r -> {
            List<Stats.Count> byKind = counts(r.get("byKind"));
            List<Stats.Count> byType = counts(r.get("byRelationType"));
            return new Stats(byKind.stream().mapToInt(Stats.Count::count).sum(), byType.stream().mapToInt(Stats.Count::count).sum(), byKind, byType,
                    time.bound() ? r.get("undated").asInt() : null, time, asRecordedOn);
        }).orElseThrow();
    }

    private static List<Stats.Count> counts(Cell value) {
        return value.asList(v -> new Stats.Count(v.get("key").asString(), v.get("count").asInt()));
    }
}
