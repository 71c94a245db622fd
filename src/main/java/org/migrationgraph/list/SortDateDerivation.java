package org.migrationgraph.list;

import org.migrationgraph.seed.BulkWrites;
import org.springframework.stereotype.Component;

/**
 * Derives {@link BulkWrites#SORT_DATE}, the date or else the start date ({@link BulkWrites#UNDATED}
 * without either), on a store written before it existed.
 */
@Component
public class SortDateDerivation extends EntityListKeyDerivation {

    /** The derived property's name, as recorded on the store once derived. */
    public static final String NAME = BulkWrites.SORT_DATE;
    /** The version of the rule that derives it (BulkWrites#sortDate). */
    public static final int RULES_VERSION = 1;

    SortDateDerivation() {
        super(NAME, RULES_VERSION, BulkWrites.sortDate("n"));
    }
}
