package org.migrationgraph.list;

import java.util.List;
import java.util.Map;

import org.migrationgraph.validtime.ValidTime;

/** One list request, kept with its page so that totalCount can be counted later (from the same recorded moment), only if asked. */
record ListQuery(String kind, Condition condition, List<Map<String, Object>> orderBy, int first, int skip, ValidTime time,
                 String asRecordedOn) {
}
