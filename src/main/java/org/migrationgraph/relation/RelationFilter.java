package org.migrationgraph.relation;

import java.util.List;

import org.migrationgraph.reads.Projection;
import org.migrationgraph.validtime.ValidTime;

/**
 * The arguments of Entity.relations and what the selection needs of each edge, and whether it
 * asks for totalCount (counting reads every one of a hub's relations, so it is done only when
 * asked), the window of valid time they must have held in, the moment whose recorded graph
 * they are read from (null for now), and whether it asks for the page at all (not for
 * totalCount alone); entities asked for with the same filter share one statement.
 */
record RelationFilter(List<String> types, String direction, List<String> kinds, int first, RelationCursor after, Projection projection,
                      boolean counted, ValidTime time, String asRecordedOn, boolean paged) {

    /** A filter whose page is read: every use but a question asking for totalCount alone. */
    RelationFilter(List<String> types, String direction, List<String> kinds, int first, RelationCursor after, Projection projection,
                   boolean counted, ValidTime time, String asRecordedOn) {
        this(types, direction, kinds, first, after, projection, counted, time, asRecordedOn, true);
    }
}
