package org.migrationgraph.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rows of some generated documents, in BulkWrites' shape, ready to write in one transaction. */
record Chunk(List<Map<String, Object>> entities, List<Map<String, Object>> paragraphs, List<Map<String, Object>> relations) {

    static Chunk empty() {
        return new Chunk(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }
}
