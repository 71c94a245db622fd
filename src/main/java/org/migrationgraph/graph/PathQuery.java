package org.migrationgraph.graph;

import java.util.List;

import org.migrationgraph.validtime.ValidTime;

/** One path question: between which entities, how far, along which types, how many, when held and as recorded when. */
record PathQuery(String from, String to, int maxHops, List<String> types, int limit, ValidTime time, String asRecordedOn) {
}
