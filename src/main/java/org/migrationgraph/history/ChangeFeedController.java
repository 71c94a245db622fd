package org.migrationgraph.history;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;

import org.migrationgraph.support.ApiException;
import org.migrationgraph.support.PageInfo;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code changes(since:, sinceTime:)}: every curated change after a revision or a time, oldest
 * first, with what the subject became, so an integration that copied the graph (an export)
 * follows it, as OpenSanctions' delta files are followed. Keyset cursors (revision and id), so a
 * long feed pages at the same cost throughout. A seed load is not in the history: when one
 * happened after {@code since}, the feed says the copy must be made again.
 */
@Controller
class ChangeFeedController {

    static final int MAX_PAGE = 1_000;
    static final int DEFAULT_PAGE = 100;
    /** Sorts after every revision id, so that "after revision N" starts with N + 1. */
    private static final String AFTER_ALL_IDS = "\uffff";

    private final RevisionRepository revisions;

    ChangeFeedController(RevisionRepository revisions) {
        this.revisions = revisions;
    }

    /** A page of the change feed. */
    record ChangeFeed(List<HistoryController.RevisionEdge> edges, PageInfo pageInfo, long currentRevision, long since,
                      boolean resyncRequired) {
    }

    @QueryMapping
    ChangeFeed changes(@Argument Integer since, @Argument String sinceTime, @Argument Integer first, @Argument String after) {
        int size = first == null ? DEFAULT_PAGE : first;
        if (size < 1 || size > MAX_PAGE) {
            throw ApiException.badInput("'first' is " + size + "; ask for 1 to " + MAX_PAGE + " changes at a time.");
        }
        if (since != null && sinceTime != null) {
            throw ApiException.badInput("Give 'since' (a revision) or 'sinceTime' (an ISO date or time), not both.");
        }
        List<Long> state = revisions.currentAndSeedRevision();
        long current = state.get(0);
        long start = since != null ? since : sinceTime != null ? revisionBefore(sinceTime, current) : 0;
        long number = start;
        String id = AFTER_ALL_IDS;
        if (after != null) {
            String[] cursor = decode(after);
            number = Long.parseLong(cursor[0]);
            id = cursor[1];
        }
        List<Revision> rows = revisions.after(number, id, size + 1L);
        boolean more = rows.size() > size;
        List<Revision> page = more ? rows.subList(0, size) : rows;
        List<HistoryController.RevisionEdge> edges = page.stream()
                .map(r -> new HistoryController.RevisionEdge(encode(r), r)).toList();
        PageInfo info = new PageInfo(more, after != null, edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? after : edges.get(edges.size() - 1).cursor());
        return new ChangeFeed(edges, info, current, start, state.get(1) > start);
    }

    /** The revision just before the first one made at or after the time: what 'since' that time means. */
    private long revisionBefore(String time, long current) {
        Long first = revisions.firstAtOrAfter(instant(time));
        return first == null ? current : first - 1;
    }

    private static String instant(String time) {
        try {
            return time.length() == 10 ? LocalDate.parse(time).atStartOfDay().atOffset(ZoneOffset.UTC).toString()
                    : OffsetDateTime.parse(time).toString();
        } catch (DateTimeParseException e) {
            throw ApiException.badInput("'sinceTime' must be an ISO date (2026-11-30) or date and time with offset "
                    + "(2026-11-30T09:00:00Z), not '" + time + "'.");
        }
    }

    private static String encode(Revision revision) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((revision.getNumber() + ":" + revision.getId())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 2);
            Long.parseLong(parts[0]);
            if (parts.length != 2) {
                throw new IllegalArgumentException();
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw ApiException.badInput("'after' is not a cursor this feed gave; pass pageInfo.endCursor of the previous page.");
        }
    }
}
