package org.migrationgraph.list;

import java.util.List;

import org.migrationgraph.schema.DerivedProperty;
import org.migrationgraph.seed.BulkWrites;
import org.springframework.stereotype.Component;

/**
 * Derives {@link BulkWrites#SORT_NAME} on every stored entity, for a store written before it
 * existed. Writers derive it as they write ({@link BulkWrites#DERIVE_ENTITY}); in batches, so a
 * store of millions does not hold them all in one transaction.
 */
@Component
public class SortNameDerivation implements DerivedProperty {

    /** The derived property's name, as recorded on the store once derived. */
    public static final String NAME = BulkWrites.SORT_NAME;
    /** The version of the rule that derives it (toLower of the name). */
    public static final int RULES_VERSION = 1;

    private static final String ENTITIES = """
            MATCH (n:Entity)
            CALL (n) { SET n.%s = toLower(n.name) } IN TRANSACTIONS OF 10000 ROWS
            """.formatted(BulkWrites.SORT_NAME);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int rulesVersion() {
        return RULES_VERSION;
    }

    @Override
    public List<String> statements() {
        return List.of(ENTITIES);
    }
}
