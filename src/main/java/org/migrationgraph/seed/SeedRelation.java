package org.migrationgraph.seed;

import java.util.List;
import java.util.Map;

/** A typed, directed, cited link between two entities; (from, type, to) identifies it. */
public record SeedRelation(String from, String type, String to, Map<String, Object> properties,
                    List<SeedCitation> citations, String file, int line) {

    public String id() {
        return from + "-" + type + "->" + to;
    }
}
