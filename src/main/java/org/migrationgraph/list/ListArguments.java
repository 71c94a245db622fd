package org.migrationgraph.list;

import java.util.List;
import java.util.Map;

/** The arguments every list query takes, bound by Spring from the field's arguments. */
record ListArguments(Map<String, Object> where, List<Map<String, Object>> orderBy, Integer first, String after,
                     String asOf, Map<String, Object> during, String undatedFacts, String asRecordedOn) {
}
