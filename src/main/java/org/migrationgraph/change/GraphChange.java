package org.migrationgraph.change;

import java.util.List;

/** One change to the graph, as subscribers receive it. */
public record GraphChange(List<String> entityIds, String source, String at) {
}
