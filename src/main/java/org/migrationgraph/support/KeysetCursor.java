package org.migrationgraph.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Opaque keyset cursors: they name the row a page ends with by its two sort keys (base64 of a
 * prefix saying which list they belong to, the first key, a newline, the second), and the next
 * page starts after that row, however many came before it.
 */
public final class KeysetCursor {

    private KeysetCursor() {
    }

    public static String encode(String prefix, String first, String second) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((prefix + first + "\n" + second).getBytes(StandardCharsets.UTF_8));
    }

    /** The two keys of a cursor made with {@code prefix}; empty when it is not one (not base64, another prefix, a key missing). */
    public static Optional<List<String>> decode(String prefix, String cursor) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int split = text.indexOf('\n');
        if (!text.startsWith(prefix) || split <= prefix.length() || split == text.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(List.of(text.substring(prefix.length(), split), text.substring(split + 1)));
    }
}
