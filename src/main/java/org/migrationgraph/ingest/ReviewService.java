package org.migrationgraph.ingest;

import static org.migrationgraph.ingest.IngestionService.author;
import static org.migrationgraph.ingest.IngestionService.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.migrationgraph.change.GraphChanges;
import org.migrationgraph.curation.CuratedWrites;
import org.migrationgraph.curation.UserError;
import org.migrationgraph.seed.ViolationCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A curator's verdict on a proposal. Accepting one makes it an ordinary curated write (checked,
 * versioned, in history, cited to its sentence) and marks it accepted in the same transaction;
 * rejecting one keeps it, with the reason, so the same text does not propose it again.
 */
@Service
class ReviewService {

    private final CuratedWrites writes;
    private final IngestionStore store;
    private final GraphChanges changes;
    private final TransactionTemplate transactions;

    ReviewService(CuratedWrites writes, IngestionStore store, GraphChanges changes, PlatformTransactionManager transactionManager) {
        this.writes = writes;
        this.store = store;
        this.changes = changes;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The curator's changes to an entity proposal: another id, name or kind, and properties to set. */
    record Edits(String id, String name, String kind, Map<String, Object> properties) {
    }

    /** A review's result: the proposal as it is now, the revision written, or what was wrong. */
    record ReviewOutcome(StoredProposal proposal, Long revision, List<UserError> userErrors) {
    }

    ReviewOutcome accept(String id, Edits edits, String reason) {
        Optional<StoredProposal> found = store.proposal(id);
        Optional<ReviewOutcome> refused = pending(id, found);
        if (refused.isPresent()) {
            return refused.get();
        }
        StoredProposal p = found.get();
        String by = author();
        String why = reason == null || reason.isBlank() ? "accepted proposal " + id + " (" + p.rule() + ")" : reason;
        CuratedWrites.Quote quote = new CuratedWrites.Quote(p.document(), p.paragraph(), p.quote());
        Map<String, Object> properties = new LinkedHashMap<>(p.properties());
        if (edits != null && edits.properties() != null) {
            properties.putAll(edits.properties());
        }
        try {
            CuratedWrites.Result result;
            if (p.isEntity()) {
                String entityId = edits != null && edits.id() != null ? edits.id() : p.suggestedId();
                Object aliases = properties.remove("aliases");
                result = writes.createEntity(entityId, edits != null && edits.kind() != null ? edits.kind() : p.entityKind(),
                        edits != null && edits.name() != null ? edits.name() : p.name(), aliasList(aliases), properties, quote, why,
                        () -> markAccepted(id, by, why, entityId));
            } else {
                Ends ends = ends(p);
                if (!ends.errors().isEmpty()) {
                    return new ReviewOutcome(p, null, ends.errors());
                }
                result = writes.createRelation(ends.from(), p.type(), ends.to(), properties, quote, why,
                        () -> markAccepted(id, by, why, ends.from() + "-" + p.type() + "->" + ends.to()));
            }
            return new ReviewOutcome(store.proposal(id).orElse(p), result.revision(), result.userErrors());
        } catch (AlreadyReviewed e) {
            return pending(id, store.proposal(id)).orElseThrow();
        }
    }

    ReviewOutcome reject(String id, String reason) {
        if (reason == null || reason.isBlank()) {
            return new ReviewOutcome(null, null, List.of(error("reason", ViolationCode.REQUIRED,
                    "say why the proposal is wrong; the reason is kept with it")));
        }
        Optional<StoredProposal> found = store.proposal(id);
        Optional<ReviewOutcome> refused = pending(id, found);
        if (refused.isPresent()) {
            return refused.get();
        }
        boolean done = Boolean.TRUE.equals(transactions.execute(status -> store.review(id, "REJECTED", author(), reason, null)));
        if (!done) {
            return pending(id, store.proposal(id)).orElseThrow();
        }
        changes.invalidate();
        return new ReviewOutcome(store.proposal(id).orElseThrow(), null, List.of());
    }

    private void markAccepted(String id, String by, String reason, String acceptedAs) {
        if (!store.review(id, "ACCEPTED", by, reason, acceptedAs)) {
            throw new AlreadyReviewed();
        }
    }

    /** Refuses a proposal that does not exist or was reviewed already. */
    private static Optional<ReviewOutcome> pending(String id, Optional<StoredProposal> found) {
        if (found.isEmpty()) {
            return Optional.of(new ReviewOutcome(null, null, List.of(error("id", ViolationCode.NOT_FOUND,
                    "there is no proposal '" + id + "'; list them with proposals(document:)"))));
        }
        StoredProposal p = found.get();
        if (!"PROPOSED".equals(p.status())) {
            return Optional.of(new ReviewOutcome(p, null, List.of(error("id", ViolationCode.CONFLICT,
                    "proposal '" + id + "' was already " + p.status().toLowerCase(java.util.Locale.ROOT) + " by " + p.reviewedBy()
                            + " at " + p.reviewedAt()))));
        }
        return Optional.empty();
    }

    private record Ends(String from, String to, List<UserError> errors) {
    }

    /** A relation's ends: a known entity as it is, a proposed one as the entity it was accepted as. */
    private Ends ends(StoredProposal p) {
        List<UserError> errors = new java.util.ArrayList<>();
        String from = end(p, p.from(), "from", errors);
        String to = end(p, p.to(), "to", errors);
        return new Ends(from, to, errors);
    }

    private String end(StoredProposal p, String id, String field, List<UserError> errors) {
        Optional<StoredProposal> proposed = store.proposedEntity(p.document(), id);
        if (proposed.isEmpty()) {
            return id;
        }
        Optional<String> accepted = store.acceptedAs(p.document(), id);
        if (accepted.isPresent()) {
            return accepted.get();
        }
        StoredProposal entity = proposed.get();
        errors.add(error(field, ViolationCode.NOT_FOUND, "the relation's " + field + " end is proposed entity '" + entity.name()
                + "' (proposal " + entity.id() + ", " + entity.status().toLowerCase(java.util.Locale.ROOT)
                + "); accept that proposal first"));
        return id;
    }

    @SuppressWarnings("unchecked")
    private static List<String> aliasList(Object aliases) {
        return aliases instanceof List<?> list ? (List<String>) list : List.of();
    }

    /** Someone reviewed the proposal between the check and the write; the write is rolled back. */
    private static final class AlreadyReviewed extends RuntimeException {
        AlreadyReviewed() {
            super(null, null, false, false);
        }
    }
}
