package org.migrationgraph.seed;

import java.util.List;
import java.util.Map;

/**
 * One real-world thing. {@code kinds.get(0)} is its primary kind; {@code text} is set for
 * documents only (the path of their text file below the seed root).
 */
public record SeedEntity(String id, List<String> kinds, String name, List<String> aliases, String description,
                  String text, Map<String, Object> properties, List<SeedCitation> citations,
                  String file, int line) {

    /** Its name and aliases. */
    public List<String> names() {
        List<String> all = new java.util.ArrayList<>();
        all.add(name);
        if (aliases != null) {
            all.addAll(aliases);
        }
        return all;
    }
}
