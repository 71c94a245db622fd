package org.migrationgraph.curation;

import java.util.List;
import java.util.Set;

/**
 * What applying a list of changes did: the revision and the subjects written, or the user errors
 * and nothing written.
 *
 * @param revision    the graph revision committed, or null when nothing was
 * @param subjectIds  the id each change wrote, in order
 * @param entityIds   every entity written or whose relations were (for graphChanged)
 * @param relationIds every relation written
 */
record Outcome(Long revision, List<String> subjectIds, Set<String> entityIds, Set<String> relationIds,
               List<UserError> userErrors, ConflictView conflict) {

    boolean written() {
        return revision != null;
    }

    static Outcome refused(List<UserError> errors, ConflictView conflict) {
        return new Outcome(null, List.of(), Set.of(), Set.of(), List.copyOf(errors), conflict);
    }

    /** A change that changed nothing (the same values again) writes no revision. */
    static Outcome unchanged(List<String> subjectIds) {
        return new Outcome(null, List.copyOf(subjectIds), Set.of(), Set.of(), List.of(), null);
    }
}
