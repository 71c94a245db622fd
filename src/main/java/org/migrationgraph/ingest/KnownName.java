package org.migrationgraph.ingest;

import java.util.List;

/** An entity the graph already holds, as far as reading a text needs it: its names. */
record KnownName(String id, String kind, String name, List<String> aliases) {

    List<String> names() {
        List<String> all = new java.util.ArrayList<>();
        all.add(name);
        if (aliases != null) {
            all.addAll(aliases);
        }
        return all;
    }
}
