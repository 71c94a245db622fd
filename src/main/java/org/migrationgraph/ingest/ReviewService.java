package org.migrationgraph.ingest;

import static org.migrationgraph.ingest.IngestionService.author;
import static org.migrationgraph.ingest.IngestionService.error;

import java.util.ArrayList;
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
        static final Edits NONE = new Edits(null, null, null, Map.of());
    }

    /** One proposal to accept, with the curator's edits. */
    record Item(String id, Edits edits) {
    }

    /** A review's result: the proposals as they are now, the revision written, or what was wrong. */
    record ReviewOutcome(List<StoredProposal> proposals, Long revision, List<UserError> userErrors) {
        StoredProposal proposal() {
            return proposals.isEmpty() ? null : proposals.get(0);
        }
    }

    ReviewOutcome accept(String id, Edits edits, String reason) {
        return accept(List.of(new Item(id, edits == null ? Edits.NONE : edits)), reason, false);
    }

    /**
     * Accepts several proposals all or nothing, under one revision: the entities first, then the
     * relations, whose ends may be entities accepted in the same call. Errors name the item.
     */
    ReviewOutcome acceptAll(List<Item> items, String reason) {
        if (items.isEmpty()) {
            return new ReviewOutcome(List.of(), null, List.of(error("items", ViolationCode.REQUIRED, "name at least one proposal to accept")));
        }
        return accept(items, reason, true);
    }

    private ReviewOutcome accept(List<Item> items, String reason, boolean batch) {
        Acceptance acceptance = new Acceptance(items, reason, batch);
        if (!acceptance.load() || !acceptance.plan()) {
            return new ReviewOutcome(acceptance.found(), null, acceptance.errors);
        }
        try {
            return acceptance.write();
        } catch (AlreadyReviewed e) {
            return acceptance.raced();
        }
    }

    /** One acceptance: the proposals named, the writes they become, and what was wrong. */
    private final class Acceptance {

        private final List<Item> items;
        private final String reason;
        private final boolean batch;
        private final String by = author();
        private final List<UserError> errors = new ArrayList<>();
        private final List<StoredProposal> found = new ArrayList<>();
        /** A proposed entity's suggested id to the id it is accepted under. */
        private final Map<String, String> accepting = new LinkedHashMap<>();
        private final CuratedWrites.Batch writesBatch = writes.batch();
        /** For each write, the index of the item it came from. */
        private final List<Integer> origin = new ArrayList<>();
        private final Map<String, String> acceptedAs = new LinkedHashMap<>();
        private final Map<String, String> reasons = new LinkedHashMap<>();

        Acceptance(List<Item> items, String reason, boolean batch) {
            this.items = items;
            this.reason = reason;
            this.batch = batch;
        }

        List<StoredProposal> found() {
            return found.stream().filter(java.util.Objects::nonNull).toList();
        }

        /** Reads each proposal; false when one is missing or reviewed already. */
        boolean load() {
            for (int i = 0; i < items.size(); i++) {
                int item = i;
                Optional<StoredProposal> p = store.proposal(items.get(i).id());
                pendingError(items.get(i).id(), p).ifPresent(e -> errors.add(at(e, batch, item)));
                found.add(p.orElse(null));
                p.filter(StoredProposal::isEntity).ifPresent(entity -> accepting.put(entity.suggestedId(),
                        items.get(item).edits().id() != null ? items.get(item).edits().id() : entity.suggestedId()));
            }
            return errors.isEmpty();
        }

        /** Turns each proposal into a write, entities before relations; false when a relation's end is not ready. */
        boolean plan() {
            for (boolean entities : new boolean[] {true, false}) {
                for (int i = 0; i < items.size(); i++) {
                    if (found.get(i).isEntity() == entities) {
                        planOne(i);
                        origin.add(i);
                    }
                }
            }
            return errors.isEmpty();
        }

        private void planOne(int i) {
            StoredProposal p = found.get(i);
            Edits edits = items.get(i).edits();
            String why = reason == null || reason.isBlank() ? "accepted proposal " + p.id() + " (" + p.rule() + ")" : reason;
            reasons.put(p.id(), why);
            CuratedWrites.Quote quote = new CuratedWrites.Quote(p.document(), p.paragraph(), p.quote());
            Map<String, Object> properties = new LinkedHashMap<>(p.properties());
            if (edits.properties() != null) {
                properties.putAll(edits.properties());
            }
            if (p.isEntity()) {
                String entityId = accepting.get(p.suggestedId());
                List<String> aliases = aliasList(properties.remove("aliases"));
                writesBatch.createEntity(entityId, edits.kind() != null ? edits.kind() : p.entityKind(),
                        edits.name() != null ? edits.name() : p.name(), aliases, properties, quote, why);
                acceptedAs.put(p.id(), entityId);
                return;
            }
            List<UserError> endErrors = new ArrayList<>();
            String from = end(p, p.from(), "from", accepting, endErrors);
            String to = end(p, p.to(), "to", accepting, endErrors);
            endErrors.forEach(e -> errors.add(at(e, batch, i)));
            writesBatch.createRelation(from, p.type(), to, properties, quote, why);
            acceptedAs.put(p.id(), from + "-" + p.type() + "->" + to);
        }

        /** Writes it all, and marks every proposal accepted in the same transaction. */
        ReviewOutcome write() {
            CuratedWrites.Result result = writesBatch.apply(() -> acceptedAs.forEach((id, as) -> markAccepted(id, by, reasons.get(id), as)));
            List<UserError> writeErrors = result.userErrors().stream().map(e -> fromChange(e, origin, batch)).toList();
            List<StoredProposal> now = found.stream().map(p -> store.proposal(p.id()).orElse(p)).toList();
            return new ReviewOutcome(now, result.revision(), writeErrors);
        }

        /** Someone reviewed one of them meanwhile: nothing was written; say which. */
        ReviewOutcome raced() {
            List<UserError> raced = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                int item = i;
                pendingError(items.get(i).id(), store.proposal(items.get(i).id())).ifPresent(x -> raced.add(at(x, batch, item)));
            }
            return new ReviewOutcome(found, null, raced);
        }
    }

    /** A write's error, ["changes", k, "createEntity", ...], as the item it came from: ["input", "items", i, ...]. */
    private static UserError fromChange(UserError e, List<Integer> origin, boolean batch) {
        List<String> field = e.field();
        if (field.size() < 3 || !"changes".equals(field.get(0))) {
            return e;
        }
        List<String> path = new ArrayList<>(List.of("input"));
        if (batch) {
            path.addAll(List.of("items", String.valueOf(origin.get(Integer.parseInt(field.get(1))))));
        }
        path.addAll(field.subList(3, field.size()));
        return new UserError(path, e.message(), e.code());
    }

    /** An error about one item: under ["input", "items", i] in a batch, ["input"] for a single proposal. */
    private static UserError at(UserError e, boolean batch, int item) {
        if (!batch) {
            return e;
        }
        List<String> path = new ArrayList<>(List.of("input", "items", String.valueOf(item)));
        path.addAll(e.field().subList(1, e.field().size()));
        return new UserError(path, e.message(), e.code());
    }

    ReviewOutcome reject(String id, String reason) {
        if (reason == null || reason.isBlank()) {
            return new ReviewOutcome(List.of(), null, List.of(error("reason", ViolationCode.REQUIRED,
                    "say why the proposal is wrong; the reason is kept with it")));
        }
        Optional<StoredProposal> found = store.proposal(id);
        Optional<UserError> refused = pendingError(id, found);
        if (refused.isPresent()) {
            return new ReviewOutcome(found.stream().toList(), null, List.of(refused.get()));
        }
        boolean done = Boolean.TRUE.equals(transactions.execute(status -> store.review(id, "REJECTED", author(), reason, null)));
        if (!done) {
            Optional<StoredProposal> now = store.proposal(id);
            return new ReviewOutcome(now.stream().toList(), null, pendingError(id, now).stream().toList());
        }
        changes.invalidate();
        return new ReviewOutcome(List.of(store.proposal(id).orElseThrow()), null, List.of());
    }

    private void markAccepted(String id, String by, String reason, String acceptedAs) {
        if (!store.review(id, "ACCEPTED", by, reason, acceptedAs)) {
            throw new AlreadyReviewed();
        }
    }

    /** Why a proposal cannot be reviewed: it does not exist, or someone reviewed it already. */
    private static Optional<UserError> pendingError(String id, Optional<StoredProposal> found) {
        if (found.isEmpty()) {
            return Optional.of(error("id", ViolationCode.NOT_FOUND, "there is no proposal '" + id + "'; list them with proposals(document:)"));
        }
        StoredProposal p = found.get();
        if (!"PROPOSED".equals(p.status())) {
            return Optional.of(error("id", ViolationCode.CONFLICT, "proposal '" + id + "' was already "
                    + p.status().toLowerCase(java.util.Locale.ROOT) + " by " + p.reviewedBy() + " at " + p.reviewedAt()));
        }
        return Optional.empty();
    }

    /**
     * A relation's end: a known entity as it is; a proposed one as the entity accepted in this
     * same call or earlier; a proposed one still pending is an error.
     */
    private String end(StoredProposal p, String id, String field, Map<String, String> accepting, List<UserError> errors) {
        if (accepting.containsKey(id)) {
            return accepting.get(id);
        }
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
                + "); accept that proposal first, or in the same call"));
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
