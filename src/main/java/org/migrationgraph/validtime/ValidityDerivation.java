package org.migrationgraph.validtime;

import java.util.List;

import org.migrationgraph.schema.DerivedProperty;
import org.springframework.stereotype.Component;

/**
 * Derives {@code validity} on every stored entity and relationship that a date dates (or that
 * has one already): for a store written before the property existed, or after the rules changed.
 * Writers derive it themselves as they write (seed.BulkWrites). In batches, so that a store of
 * millions does not hold them all in one transaction.
 */
@Component
class ValidityDerivation implements DerivedProperty {

    private static final String ENTITIES = """
            MATCH (n:Entity)
            WHERE %s OR n.validity IS NOT NULL
            CALL (n) { SET n.validity = %s } IN TRANSACTIONS OF 10000 ROWS
            """;
    private static final String RELATIONS = """
            MATCH (:Entity)-[r]->(:Entity)
            WHERE r.since IS NOT NULL OR r.until IS NOT NULL OR r.date IS NOT NULL OR r.asOf IS NOT NULL OR r.validity IS NOT NULL
            CALL (r) { SET r.validity = %s } IN TRANSACTIONS OF 10000 ROWS
            """;

    @Override
    public String name() {
        return ValidTimeCypher.PROPERTY;
    }

    @Override
    public int rulesVersion() {
        return ValidTimeCypher.RULES_VERSION;
    }

    @Override
    public List<String> statements() {
        return List.of(ENTITIES.formatted(ValidTimeCypher.dated("n"), ValidTimeCypher.entityValidity("n")),
                RELATIONS.formatted(ValidTimeCypher.relationValidity("r")));
    }
}
