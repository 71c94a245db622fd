package org.migrationgraph.reads;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Path;

/**
 * Embedded results hold plain Java values, but array properties come as arrays where Bolt
 * delivers lists; this turns them into lists, nested maps and lists included, copying only what
 * contains an array. Nodes, relationships and paths exist only inside their transaction, so the
 * API's statements return maps ({@code properties(n)}, {@code labels(n)}) instead.
 */
final class PlainValues {

    private PlainValues() {
    }

    static Map<String, Object> row(Map<String, Object> row) {
        return map(row);
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            return map(typed);
        }
        if (value instanceof List<?> list) {
            return list(list);
        }
        if (value.getClass().isArray()) {
            int length = Array.getLength(value);
            List<Object> items = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                items.add(plain(Array.get(value, i)));
            }
            return items;
        }
        if (value instanceof Entity || value instanceof Path) {
            throw new IllegalArgumentException("A read returned a " + value.getClass().getSimpleName()
                    + "; return its properties and labels as maps instead.");
        }
        return value;
    }

    private static Map<String, Object> map(Map<String, Object> map) {
        Map<String, Object> copy = null;
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            Object converted = plain(entry.getValue());
            if (converted != entry.getValue() && copy == null) {
                copy = new HashMap<>(map);
            }
            if (copy != null) {
                copy.put(entry.getKey(), converted);
            }
        }
        return copy == null ? map : copy;
    }

    private static List<Object> list(List<?> list) {
        List<Object> copy = null;
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            Object converted = plain(item);
            if (converted != item && copy == null) {
                copy = new ArrayList<>(list);
            }
            if (copy != null) {
                copy.set(i, converted);
            }
        }
        @SuppressWarnings("unchecked")
        List<Object> same = (List<Object>) list;
        return copy == null ? same : copy;
    }
}
