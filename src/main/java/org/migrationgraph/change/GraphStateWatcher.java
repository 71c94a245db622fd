package org.migrationgraph.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.migrationgraph.reads.GraphReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Notices writes made by other instances on the same database. Every write moves the one
 * GraphState node's revision on; this polls it (a single indexed read) and, when it moved,
 * drops cached answers and reports the revisions it had not seen on graphChanged. A write on
 * another instance is therefore visible here within one poll interval
 * ({@code migration-graph.changes.watch-interval}, 250 ms by default).
 */
@Component
class GraphStateWatcher {

    private static final Logger log = LoggerFactory.getLogger(GraphStateWatcher.class);

    private static final String REVISIONS_SINCE = """
            MATCH (r:Revision) WHERE r.number > $after AND r.number <= $upTo
            RETURN r.number AS number, r.subjectId AS subjectId, r.subjectType AS subjectType,
                   coalesce(r.endpoints, []) AS endpoints, toString(r.at) AS at
            ORDER BY number
            LIMIT 10000
            """;
    /** More revisions at once than REVISIONS_SINCE reads: some are not known in detail. */
    private static final long REVISIONS_AT_MOST = 10_000;

    private final GraphReads reads;
    private final GraphChanges changes;
    private volatile long seen = -1;
    /** A revision without rows already looked at once: the next time it counts as a write without revisions. */
    private long waitedFor = -1;
    private boolean failing;

    GraphStateWatcher(GraphReads reads, GraphChanges changes) {
        this.reads = reads;
        this.changes = changes;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        seen = current();
    }

    @Scheduled(fixedDelayString = "${migration-graph.changes.watch-interval:250ms}")
    void poll() {
        if (seen < 0) {
            return;
        }
        try {
            long now = current();
            if (now != seen) {
                seen = report(seen, now);
            }
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("Cannot read the graph's revision to follow other instances' writes ({}); retrying", e.getMessage());
                failing = true;
            }
        }
    }

    private long current() {
        return reads.first(GraphRevision.CURRENT, Map.of(), row -> row.get("revision").asLong()).orElse(0L);
    }

    /**
     * Curated writes left revisions behind; a seed load or a restore did not, and only drops
     * caches. Revisions this instance wrote and reported itself need nothing more: dropping caches
     * for them again would also make what was patched for them (MostConnectedTallies) unknown.
     * A revision without rows is looked at again at the next poll before it counts as a write
     * without revisions, in case it was read before the rows of its transaction. Returns the
     * revision reported up to.
     */
    private long report(long after, long upTo) {
        Map<Long, List<Map<String, Object>>> byNumber = new TreeMap<>();
        reads.list(REVISIONS_SINCE, Map.of("after", after, "upTo", upTo), row -> row.asMap())
                .forEach(r -> byNumber.computeIfAbsent(((Number) r.get("number")).longValue(), n -> new ArrayList<>()).add(r));
        long unknown = firstUnknown(after, upTo, byNumber);
        long reportedUpTo = upTo;
        if (unknown > 0 && unknown != waitedFor) {
            waitedFor = unknown;
            reportedUpTo = unknown - 1;
        } else if (unknown > 0) {
            waitedFor = -1;
            changes.invalidate();
        }
        long last = reportedUpTo;
        byNumber.forEach((number, rows) -> {
            if (number <= last && !changes.wasReported(number)) {
                changes.publish(change(number, rows));
            }
        });
        return reportedUpTo;
    }

    /** The first revision after {@code after} up to {@code upTo} neither reported here nor with rows to report; 0 if none. */
    private long firstUnknown(long after, long upTo, Map<Long, List<Map<String, Object>>> byNumber) {
        if (upTo - after > REVISIONS_AT_MOST) {
            return after + 1;
        }
        for (long number = after + 1; number <= upTo; number++) {
            if (!byNumber.containsKey(number) && !changes.wasReported(number)) {
                return number;
            }
        }
        return 0;
    }

    @SuppressWarnings("unchecked")
    private static GraphChange change(long number, List<Map<String, Object>> rows) {
        TreeSet<String> entities = new TreeSet<>();
        TreeSet<String> relations = new TreeSet<>();
        String at = Instant.now().toString();
        for (Map<String, Object> row : rows) {
            String subject = (String) row.get("subjectId");
            if ("RELATION".equals(row.get("subjectType"))) {
                relations.add(subject);
            } else {
                entities.add(subject);
            }
            entities.addAll((List<String>) row.get("endpoints"));
            at = row.get("at") == null ? at : (String) row.get("at");
        }
        return new GraphChange(List.copyOf(entities), List.copyOf(relations), GraphChange.CURATION, number, at);
    }
}
