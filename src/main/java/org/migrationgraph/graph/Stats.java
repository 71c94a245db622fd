package org.migrationgraph.graph;

import java.util.List;

/** Whole-graph counts; mostConnected is resolved on demand with its own argument. */
record Stats(int entities, int relations, List<Count> byKind, List<Count> byRelationType) {

    record Count(String key, int count) {
    }
}
