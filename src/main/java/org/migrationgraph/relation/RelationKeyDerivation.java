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
class RelationKeyDerivation implements DerivedProperty {

    private static final String RELATIONS = """
            MATCH (:Entity)-[r]->(:Entity)
            CALL (r) { %s } IN TRANSACTIONS OF 10000 ROWS
            """;

    @Override
    public String name() {
        return "relationPageKeys";
    }

    @Override
    public int rulesVersion() {
        return 1;
    }

    @Override
    public List<String> statements() {
        return List.of(RELATIONS.formatted(BulkWrites.DERIVE_KEYS));
    }
}
