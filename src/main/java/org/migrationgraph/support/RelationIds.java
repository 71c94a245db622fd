package org.migrationgraph.support;

import java.util.Optional;

/**
 * A relation's id reads {@code <from>-<TYPE>-><to>} (entity ids may hold hyphens, types do not),
 * so its two ends can be read back from it, which lets a lookup start from the entity index.
 */
public final class RelationIds {

    /** The ids of a relation's two ends. */
    public record Ends(String from, String to) {
    }

    private RelationIds() {
    }

    public static Optional<Ends> ends(String relationId) {
        int arrow = relationId.lastIndexOf("->");
        int dash = arrow < 0 ? -1 : relationId.lastIndexOf('-', arrow - 1);
        return dash <= 0 ? Optional.empty() : Optional.of(new Ends(relationId.substring(0, dash), relationId.substring(arrow + 2)));
    }
}
