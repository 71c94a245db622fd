package org.migrationgraph.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque cursors for lists with a stable order: base64 of "offset:N". Opaque so that clients
 * pass them back rather than build them, which leaves the encoding free to change.
 */
public final class OffsetCursor {

    public static final int MAX_PAGE_SIZE = 100;
    private static final String PREFIX = "offset:";

    private OffsetCursor() {
    }

    public static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset of the first item after {@code cursor}; 0 for no cursor. */
    public static int startAfter(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int offset = Integer.parseInt(text.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset + 1;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the message below
        }
        throw ApiException.badInput("'after' is not a cursor this API issued: pass a pageInfo.endCursor or edge cursor unchanged.");
    }

    public static int pageSize(Integer first) {
        int size = first == null ? 20 : first;
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.badInput("'first' must be between 1 and " + MAX_PAGE_SIZE + "; it was " + size + ".");
        }
        return size;
    }
}
