package org.migrationgraph.relation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.migrationgraph.support.ApiException;
import org.migrationgraph.support.OffsetCursor;

/**
 * Keyset cursors for an entity's relations, which come in (type, id) order: a cursor names the
 * last relation of a page, and the next page starts after it, so page 1,000 of a hub's 100,000
 * relations costs what page 1 does (an offset would read and drop every relation before it).
 * Cursors issued before keyset paging ("offset:N") are still read, as offsets.
 *
 * @param type   the relation type of the relation the page starts after; null for the first page
 * @param id     its id
 * @param offset how many to skip first (an old offset cursor; 0 otherwise)
 */
record RelationCursor(String type, String id, int offset) {

    private static final String PREFIX = "rel:";
    private static final RelationCursor FIRST = new RelationCursor(null, null, 0);

    static String encode(String type, String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + type + "\n" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Where the page after {@code cursor} starts; the first page for no cursor. */
    static RelationCursor after(String cursor) {
        if (cursor == null) {
            return FIRST;
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw refused();
        }
        if (text.startsWith(PREFIX) && text.indexOf('\n') > PREFIX.length()) {
            int split = text.indexOf('\n');
            return new RelationCursor(text.substring(PREFIX.length(), split), text.substring(split + 1), 0);
        }
        return new RelationCursor(null, null, OffsetCursor.startAfter(cursor));
    }

    boolean isFirst() {
        return type == null && offset == 0;
    }

    private static ApiException refused() {
        return ApiException.badInput("'after' is not a cursor this API issued: pass a pageInfo.endCursor or edge cursor unchanged.");
    }
}
