package org.migrationgraph.graph;

import org.migrationgraph.support.ApiException;

/** Range checks on arguments, with a message that names the argument and its range. */
final class Limits {

    private Limits() {
    }

    static int within(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw ApiException.badInput("'" + name + "' must be between " + min + " and " + max + "; it was " + value + ".");
        }
        return value;
    }
}
