package org.migrationgraph.curation;

import java.util.List;

import org.migrationgraph.entity.EntityView;
import org.migrationgraph.relation.RelationView;

/** The mutations' payloads: the changed object, or the user errors (and a conflict, when stale). */
final class Payloads {

    private Payloads() {
    }

    record EntityPayload(EntityView entity, Long revision, List<UserError> userErrors, ConflictView conflict) {
    }

    record RelationPayload(RelationView relation, Long revision, List<UserError> userErrors, ConflictView conflict) {
    }

    record CitationPayload(EntityView entity, RelationView relation, Long revision, List<UserError> userErrors,
                           ConflictView conflict) {
    }

    record DeletePayload(String deletedId, Long revision, List<UserError> userErrors, ConflictView conflict) {
    }

    record BatchPayload(List<String> subjectIds, Long revision, List<UserError> userErrors, ConflictView conflict) {
    }
}
