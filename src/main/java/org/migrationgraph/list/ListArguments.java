package org.migrationgraph.list;

import java.util.List;
import java.util.Map;

import org.migrationgraph.validtime.TimeArguments;

/** The arguments every list query takes. */
record ListArguments(Map<String, Object> where, List<Map<String, Object>> orderBy, Integer first, String after,
                     TimeArguments time, String asRecordedOn) {

    /**
     * Read from the field's arguments as graphql-java coerced them to the schema's types (input
     * objects as maps, enums as their names), rather than bound by Spring's {@code @Arguments}:
     * that looked the record's constructor up by reflection on every request, 3.6% of a nested
     * page's CPU samples (docs/benchmarks.md).
     */
    @SuppressWarnings("unchecked")
    static ListArguments of(Map<String, Object> arguments) {
        return new ListArguments((Map<String, Object>) arguments.get("where"),
                (List<Map<String, Object>>) arguments.get("orderBy"), (Integer) arguments.get("first"),
                (String) arguments.get("after"), TimeArguments.of(arguments), (String) arguments.get("asRecordedOn"));
    }
}
