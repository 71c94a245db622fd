package org.migrationgraph.list;

import java.util.List;

import org.migrationgraph.schema.DerivedProperty;

/**
 * A key lists sort or filter by, which every writer stores on each entity
 * ({@code seed.BulkWrites#DERIVE_ENTITY}) and an index holds, derived here on every stored entity of a store written before it existed; in
 * batches, so a store of millions does not hold them all in one transaction.
 */
abstract class EntityListKeyDerivation implements DerivedProperty {

    private final String name;
    private final int rulesVersion;
    private final String statement;

    /** {@code expression} derives the key from an entity {@code n}. */
    EntityListKeyDerivation(String name, int rulesVersion, String expression) {
        this.name = name;
        this.rulesVersion = rulesVersion;
        this.statement = """
                MATCH (n:Entity)
                CALL (n) { SET n.%s = %s } IN TRANSACTIONS OF 10000 ROWS
                """.formatted(name, expression);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int rulesVersion() {
        return rulesVersion;
    }

    @Override
    public List<String> statements() {
        return List.of(statement);
    }
}
