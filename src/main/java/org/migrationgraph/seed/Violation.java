package org.migrationgraph.seed;

import java.util.List;

/**
 * A broken rule of the graph, found the same way for a seed file and for a curated write.
 *
 * @param field   where in the record the problem is, as a path ("citations", "0", "quote")
 * @param code    what kind of problem, for programs to act on
 * @param message what is wrong and how to fix it, for people
 */
public record Violation(List<String> field, ViolationCode code, String message) {

    public Violation {
        field = List.copyOf(field);
    }

    static Violation of(ViolationCode code, String message, String... field) {
        return new Violation(List.of(field), code, message);
    }

    /** The same violation one level further down, e.g. under "citations", "2". */
    public Violation under(String... prefix) {
        List<String> path = new java.util.ArrayList<>(List.of(prefix));
        path.addAll(field);
        return new Violation(path, code, message);
    }
}
