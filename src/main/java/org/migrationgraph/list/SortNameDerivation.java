package org.migrationgraph.list;

import org.migrationgraph.seed.BulkWrites;
import org.springframework.stereotype.Component;

/** Derives {@link BulkWrites#SORT_NAME}, the lower-cased name, on a store written before it existed. */
@Component
public class SortNameDerivation extends EntityListKeyDerivation {

    /** The derived property's name, as recorded on the store once derived. */
    public static final String NAME = BulkWrites.SORT_NAME;
    /** The version of the rule that derives it (toLower of the name). */
    public static final int RULES_VERSION = 1;

    SortNameDerivation() {
        super(NAME, RULES_VERSION, "toLower(n.name)");
    }
}
