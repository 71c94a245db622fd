package org.migrationgraph.relation;

/** Filters the relation tests derive from others. */
final class RelationFilters {

    private RelationFilters() {
    }

    /** The same filter as a question asking for totalCount alone gives: its page is not read. */
    static RelationFilter withoutPage(RelationFilter filter) {
        return new RelationFilter(filter.types(), filter.direction(), filter.kinds(), filter.first(), filter.after(), filter.projection(),
                filter.counted(), filter.time(), filter.asRecordedOn(), false);
    }
}
