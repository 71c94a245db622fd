package org.migrationgraph.change;

/**
 * The graph's revision counter, one {@code (:GraphState {id: 'graph'})} node: every writer (the
 * seed loader, curated writes) moves it on first thing in its transaction, which locks the node
 * so that writers queue instead of deadlocking; {@link GraphStateWatcher} polls it to follow
 * writes made by other instances.
 */
public final class GraphRevision {

    /** Moves the revision on and returns the new one; holds the write lock until commit. */
    public static final String NEXT = """
            MERGE (g:GraphState {id: 'graph'})
            SET g.revision = coalesce(g.revision, 0) + 1
            RETURN g.revision AS revision
            """;

    /** The current revision, 0 before the first write. */
    static final String CURRENT = """
            OPTIONAL MATCH (g:GraphState {id: 'graph'}) RETURN coalesce(g.revision, 0) AS revision
            """;

    private GraphRevision() {
    }
}
