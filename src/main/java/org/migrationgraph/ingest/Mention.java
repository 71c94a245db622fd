package org.migrationgraph.ingest;

import java.util.List;

/**
 * A place in a paragraph that names an entity: the characters {@code [start, end)} of the
 * paragraph's text, the words as written, the entity (null while ambiguous) or the candidates
 * it may be, and the rule that found it.
 */
record Mention(int paragraph, int start, int end, String surface, String entityId, List<String> candidates, String rule) {

    boolean resolved() {
        return entityId != null;
    }
}
