package org.migrationgraph.schema;

import java.util.List;

/**
 * A property that writers derive from others and store, so that queries read one value instead
 * of working it out on every read. Each writer derives it as it writes; when the rules that
 * derive it change (a new {@link #rulesVersion()}), or a store predates it, start-up derives it
 * again on every stored record, once, after the schema migrations and under their lock.
 */
public interface DerivedProperty {

    /**
     * The label of the node that records, by {@link #name()}, the rules version a store's records
     * were derived under ({@code rulesVersion}); a writer that makes a whole store with them
     * derived (generate.StoreImport) records it too.
     */
    String RECORD_LABEL = "DerivedProperty";

    /** Its name, also the key its rules version is recorded under. */
    String name();

    int rulesVersion();

    /** Statements that derive it on every stored record, each run on its own (they may batch with CALL ... IN TRANSACTIONS). */
    List<String> statements();
}
