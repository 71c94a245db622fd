package org.migrationgraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bounds on what one argument may hold, checked on the coerced values (so variables count as
 * much as inline text) before anything runs: lists hold at most {@link #MAX_LIST} items,
 * {@code orderBy} at most {@link #MAX_ORDER_KEYS} keys, and a {@code where} filter nests
 * AND/OR/NOT at most {@link #MAX_WHERE_DEPTH} deep with at most {@link #MAX_WHERE_CONDITIONS}
 * conditions. Unbounded filters reached Neo4j's Cypher compiler, which the transaction timeout
 * does not cover (reliability audit 1.2d-i, 1.21, 1.15d).
 */
final class InputLimits {

    static final int MAX_LIST = 100;
    static final int MAX_ORDER_KEYS = 3;
    static final int MAX_WHERE_DEPTH = 5;
    static final int MAX_WHERE_CONDITIONS = 20;

    private static final List<String> LOGICAL = List.of("AND", "OR", "NOT");

    private InputLimits() {
    }

    /** One refusal per bound the argument breaks, each saying which and how to stay within it; empty when it is fine. */
    static List<String> check(String argument, Object value) {
        List<String> problems = new ArrayList<>();
        checkLists(argument, value, problems);
        if ("orderBy".equals(argument) && value instanceof List<?> keys && keys.size() > MAX_ORDER_KEYS) {
            problems.add("'orderBy' has " + keys.size() + " keys; at most " + MAX_ORDER_KEYS + " (one per sort field).");
        }
        if ("where".equals(argument) && value instanceof Map<?, ?> where) {
            int depth = depth(where);
            if (depth > MAX_WHERE_DEPTH) {
                problems.add("'where' nests AND/OR/NOT " + depth + " levels deep; at most " + MAX_WHERE_DEPTH
                        + ". Flatten it: AND and OR take lists.");
            }
            int conditions = conditions(where);
            if (conditions > MAX_WHERE_CONDITIONS) {
                problems.add("'where' holds " + conditions + " conditions; at most " + MAX_WHERE_CONDITIONS
                        + ". Use 'in' for many values of one field, or split the question.");
            }
        }
        return problems;
    }

    /** Every list anywhere in the value, e.g. ids, kinds, or a filter's 'in'. */
    private static void checkLists(String path, Object value, List<String> problems) {
        if (value instanceof List<?> list) {
            if (list.size() > MAX_LIST) {
                problems.add("'" + path + "' holds " + list.size() + " values; at most " + MAX_LIST + ".");
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                checkLists(path + "[" + i + "]", list.get(i), problems);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> checkLists(path + "." + key, item, problems));
        }
    }

    private static int depth(Object value) {
        int deepest = 0;
        for (Object child : logicalChildren(value)) {
            deepest = Math.max(deepest, depth(child));
        }
        return value instanceof Map<?, ?> map && LOGICAL.stream().anyMatch(map::containsKey) ? deepest + 1 : deepest;
    }

    private static int conditions(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return 0;
        }
        int count = (int) map.keySet().stream().filter(key -> !LOGICAL.contains(key)).count();
        for (Object child : logicalChildren(value)) {
            count += conditions(child);
        }
        return count;
    }

    private static List<Object> logicalChildren(Object value) {
        List<Object> children = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            for (String key : LOGICAL) {
                Object child = map.get(key);
                if (child instanceof List<?> list) {
                    children.addAll(list);
                } else if (child != null) {
                    children.add(child);
                }
            }
        }
        return children;
    }
}
