package org.migrationgraph.relation;

import java.util.List;

import org.migrationgraph.schema.DerivedProperty;
import org.migrationgraph.seed.BulkWrites;
import org.springframework.stereotype.Component;

/**
 * Derives the page keys ({@link BulkWrites#FROM_KEY}, {@link BulkWrites#TO_KEY}) on every stored
 * relation between entities, for a store written before they existed. Writers derive them as
 * they write ({@link BulkWrites#DERIVE_RELATION}); in batches, so a store of millions of
 * relations does not hold them all in one transaction.
 */
@Component
public class RelationKeyDerivation implements DerivedProperty {

    /** The derived property's name, as recorded on the store once derived. */
    public static final String NAME = "relationPageKeys";
    /** The version of the rule that derives the keys (BulkWrites#DERIVE_KEYS). */
    public static final int RULES_VERSION = 1;

    private static final String RELATIONS = """
            MATCH (:Entity)-[r]->(:Entity)
            CALL (r) { %s } IN TRANSACTIONS OF 10000 ROWS
            """;

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
        return List.of(RELATIONS.formatted(BulkWrites.DERIVE_KEYS));
    }
}
