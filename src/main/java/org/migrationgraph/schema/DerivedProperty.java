package org.migrationgraph.schema;

import java.util.List;

/**
 * A property that writers derive from others and store, so that queries read one value instead
 * of working it out on every read. Each writer derives it as it writes; when the rules that
 * derive it change (a new {@link #rulesVersion()}), or a store predates it, start-up derives it
 * again on every stored record, once, after the schema migrations and under their lock.
 */
public interface DerivedProperty {

    /** Its name, also the key its rules version is recorded under. */
    String name();

    int rulesVersion();

    /** Statements that derive it on every stored record, each run on its own (they may batch with CALL ... IN TRANSACTIONS). */
    List<String> statements();
}
