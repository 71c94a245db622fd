package org.migrationgraph.relation;

import java.util.List;
import java.util.Map;

import org.migrationgraph.reads.Projection;
import org.migrationgraph.support.OffsetCursor;
import org.migrationgraph.validtime.TimeArguments;
import org.migrationgraph.validtime.ValidTime;
import org.migrationgraph.vocabulary.Vocabulary;

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

    /**
     * The filter of a relations field's arguments (as graphql-java resolves them, defaults
     * included), its selection and the moment it reads as recorded; refuses a type or kind the
     * graph does not have, a page size out of range, a cursor it did not issue and a window that
     * is not one, each with what to send instead.
     */
    @SuppressWarnings("unchecked")
    static RelationFilter of(Map<String, Object> arguments, RelationSelection selection, String asRecordedOn, Vocabulary vocabulary) {
        List<String> types = (List<String>) arguments.get("types");
        List<String> kinds = (List<String>) arguments.get("kinds");
        vocabulary.requireRelationTypes("types", types);
        vocabulary.requireKinds("kinds", kinds);
        return new RelationFilter(types, (String) arguments.get("direction"), kinds, OffsetCursor.pageSize((Integer) arguments.get("first")),
                RelationCursor.after((String) arguments.get("after")), selection.projection(), selection.counted(),
                TimeArguments.of(arguments).window(),
                asRecordedOn, selection.paged());
    }
}
