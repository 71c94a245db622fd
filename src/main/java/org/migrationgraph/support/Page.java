package org.migrationgraph.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One page of a Relay connection cut from rows read with {@code LIMIT first + 1}: the extra row
 * only says there is a next page. Every connection (lists, relations, search) is built here, so
 * cursors and page information mean the same thing everywhere.
 *
 * @param <E> the edge type
 */
public record Page<E>(List<E> edges, PageInfo pageInfo) {

    /**
     * The page of {@code rows} starting at offset {@code skip}; each kept row becomes an edge
     * from its cursor and the row.
     */
    public static <R, E> Page<E> of(List<R> rows, int first, int skip, BiFunction<String, R, E> edge) {
        int kept = Math.min(rows.size(), first);
        List<E> edges = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            edges.add(edge.apply(OffsetCursor.encode(skip + i), rows.get(i)));
        }
        return new Page<>(List.copyOf(edges), new PageInfo(rows.size() > first, skip > 0,
                kept == 0 ? null : OffsetCursor.encode(skip), kept == 0 ? null : OffsetCursor.encode(skip + kept - 1)));
    }

    /**
     * A keyset page: each kept row's cursor names the row itself ({@code cursor}), and the page
     * after it starts past that row, whatever came before.
     */
    public static <R, E> Page<E> keyset(List<R> rows, int first, boolean hasPrevious, Function<R, String> cursor, BiFunction<String, R, E> edge) {
        int kept = Math.min(rows.size(), first);
        List<E> edges = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            edges.add(edge.apply(cursor.apply(rows.get(i)), rows.get(i)));
        }
        return new Page<>(List.copyOf(edges), new PageInfo(rows.size() > first, hasPrevious,
                kept == 0 ? null : cursor.apply(rows.get(0)), kept == 0 ? null : cursor.apply(rows.get(kept - 1))));
    }

    /** No edges at offset {@code skip}: an entity with no relations, or a page past the end. */
    public static <E> Page<E> empty(int skip) {
        return new Page<>(List.of(), new PageInfo(false, skip > 0, null, null));
    }
}
