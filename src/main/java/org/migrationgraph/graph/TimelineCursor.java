package org.migrationgraph.graph;

import java.util.List;

import org.migrationgraph.support.ApiException;
import org.migrationgraph.support.KeysetCursor;

/**
 * Keyset cursors for the timeline, which comes in (start date, id) order: a cursor names the
 * entry a page ends with, and the next page starts after it. A late page therefore sorts only
 * what comes after it, not everything before it, and an entry added between two pages neither
 * repeats an entry nor skips one, as an offset would.
 *
 * @param start the start date of the entry the page starts after
 * @param id    that entry's entity id
 */
record TimelineCursor(String start, String id) {

    private static final String PREFIX = "timeline:";

    static String encode(String start, String id) {
        return KeysetCursor.encode(PREFIX, start, id);
    }

    /** The entry the page after {@code cursor} starts after; null (the first page) for no cursor. */
    static TimelineCursor after(String cursor) {
        if (cursor == null) {
            return null;
        }
        List<String> keys = KeysetCursor.decode(PREFIX, cursor).orElseThrow(() -> refused(cursor));
        return new TimelineCursor(keys.get(0), keys.get(1));
    }

    private static ApiException refused(String cursor) {
        return ApiException.badInput("'after' (" + cursor + ") is not a timelineItems cursor: pass a pageInfo.endCursor or an edge's cursor"
                + " from timelineItems unchanged, or leave 'after' out for the first page.");
    }
}
