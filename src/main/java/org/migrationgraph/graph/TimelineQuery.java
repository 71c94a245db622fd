package org.migrationgraph.graph;

import java.util.List;

import org.migrationgraph.validtime.ValidTime;

/**
 * Which timeline: its period, kinds and time, the same for each of its pages and its count.
 *
 * @param from         the earliest date, or null
 * @param to           the latest date as given (a partial date covers its whole period), or null
 * @param kinds        the kind labels of its entries
 * @param time         the valid-time window
 * @param asRecordedOn the moment of transaction time, or null for now
 */
record TimelineQuery(String from, String to, List<String> kinds, ValidTime time, String asRecordedOn) {

    /**
     * A partial upper bound covers its whole period: "2020-12" must keep 2020-12-16. ISO dates
     * compare as text, and '~' sorts after every digit and '-', so "2020-12~" is after all of December.
     */
    String toInclusive() {
        return to == null ? null : to + "~";
    }
}
