package org.migrationgraph.list;

import org.migrationgraph.seed.BulkWrites;
import org.springframework.stereotype.Component;

/**
 * Derives {@link BulkWrites#LAST_DATE}, the end date or else the date or start date of a dated
 * entity, on a store written before it existed.
 */
@Component
public class LastDateDerivation extends EntityListKeyDerivation {

    /** The derived property's name, as recorded on the store once derived. */
    public static final String NAME = BulkWrites.LAST_DATE;
    /** The version of the rule that derives it (BulkWrites#lastDate). */
    public static final int RULES_VERSION = 1;

    LastDateDerivation() {
        super(NAME, RULES_VERSION, BulkWrites.lastDate("n"));
    }
}
