package org.migrationgraph.web;

import java.util.Map;

/**
 * About how many bytes an answer's {@code data} takes as JSON, counted by walking it, without
 * writing it: keys and strings by their UTF-16 length (close to UTF-8 for this graph's text),
 * numbers and booleans by their printed length, plus the punctuation. The walk stops as soon as
 * the count passes the limit, so an oversized answer costs no more to refuse than the limit.
 */
final class AnswerSize {

    private AnswerSize() {
    }

    /** The size, or a number over {@code limit} as soon as it is certain to exceed it. */
    static long of(Object value, long limit) {
        return add(0, value, limit);
    }

    private static long add(long size, Object value, long limit) {
        if (size > limit) {
            return size;
        }
        if (value instanceof Map<?, ?> map) {
            size += 2;
            for (var entries = map.entrySet().iterator(); entries.hasNext() && size <= limit; ) {
                Map.Entry<?, ?> entry = entries.next();
                size = add(size + String.valueOf(entry.getKey()).length() + 4, entry.getValue(), limit);
            }
            return size;
        }
        if (value instanceof Iterable<?> list) {
            size += 2;
            for (var items = list.iterator(); items.hasNext() && size <= limit; ) {
                size = add(size + 1, items.next(), limit);
            }
            return size;
        }
        if (value instanceof CharSequence text) {
            return size + text.length() + 2;
        }
        return size + String.valueOf(value).length();
    }
}
