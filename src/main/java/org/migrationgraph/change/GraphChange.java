package org.migrationgraph.change;

import java.util.List;

/**
 * One committed write to the graph, as subscribers receive it.
 *
 * @param entityIds   the entities written, and the ends of the relations written
 * @param relationIds the relations written
 * @param source      what wrote it: seed-load, or curation
 * @param revision    the graph revision the write produced; every write has its own number
 * @param at          when it was committed, ISO 8601
 */
public record GraphChange(List<String> entityIds, List<String> relationIds, String source, long revision, String at) {

    /** The source of curated writes, here or by another instance: they name every entity they touched. */
    public static final String CURATION = "curation";

    public GraphChange {
        entityIds = List.copyOf(entityIds);
        relationIds = List.copyOf(relationIds);
    }
}
