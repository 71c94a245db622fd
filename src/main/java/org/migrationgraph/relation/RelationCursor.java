package org.migrationgraph.relation;

import org.migrationgraph.support.KeysetCursor;
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
        return KeysetCursor.encode(PREFIX, type, id);
    }

    /** Where the page after {@code cursor} starts; the first page for no cursor. */
    static RelationCursor after(String cursor) {
        if (cursor == null) {
            return FIRST;
        }
        return KeysetCursor.decode(PREFIX, cursor).map(keys -> new RelationCursor(keys.get(0), keys.get(1), 0))
                .orElseGet(() -> new RelationCursor(null, null, OffsetCursor.startAfter(cursor)));
    }

    boolean isFirst() {
        return type == null && offset == 0;
    }
}
