package org.migrationgraph.graph;

import java.util.List;

import org.migrationgraph.validtime.ValidTime;

/**
 * Whole-graph counts, within the query's window of valid time (kept, with the recorded moment, for mostConnected, which is
 * resolved on demand with its own argument); undatedFactsIncluded is null when unbound.
 */
record Stats(int entities, int relations, List<Count> byKind, List<Count> byRelationType, Integer undatedFactsIncluded, ValidTime time,
             String asRecordedOn) {

    record Count(String key, int count) {
    }

    /** For a query that asks for none of the counts (only mostConnected): they are not counted, and never answered. */
    static Stats uncounted(ValidTime time, String asRecordedOn) {
        return new Stats(0, 0, List.of(), List.of(), null, time, asRecordedOn);
    }
}
