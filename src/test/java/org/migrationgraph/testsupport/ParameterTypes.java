package org.migrationgraph.testsupport;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A statement's parameters by type, as Neo4j's plan cache tells them apart: each parameter's
 * type (null being one), and for a list its elements' types. Neo4j also keys on a list's size
 * class (one element, a few, more), which this leaves out: equal types here mean no plan of its
 * own for a filter left out, not one plan for every list length.
 */
public final class ParameterTypes {

    private ParameterTypes() {
    }

    public static Map<String, String> of(Map<String, Object> parameters) {
        Map<String, String> types = new TreeMap<>();
        parameters.forEach((key, value) -> types.put(key, value instanceof List<?> list
                ? "List of " + list.stream().map(e -> e.getClass().getSimpleName()).distinct().toList()
                : value == null ? "null" : value.getClass().getSimpleName()));
        return types;
    }
}
