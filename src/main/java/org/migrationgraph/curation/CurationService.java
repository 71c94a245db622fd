package org.migrationgraph.curation;

import java.time.Instant;
import java.util.List;

import org.migrationgraph.change.GraphChange;
import org.migrationgraph.change.GraphChanges;
import org.migrationgraph.curation.Inputs.Change;
import org.migrationgraph.history.RevisionRepository;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies changes all or nothing: one transaction per call (a single mutation or a batch), which
 * first takes the graph's revision lock, then checks and writes each change in order; any user
 * error or conflict rolls the whole transaction back. Subscribers and caches hear of a write
 * only after it committed.
 */
@Service
class CurationService {

    private static final int ATTEMPTS = 3;

    private final TransactionTemplate transactions;
    private final TransactionTemplate reads;
    private final GraphWriter writer;
    private final RevisionRepository history;
    private final GraphChanges changes;
    private final JsonMapper json;

    CurationService(PlatformTransactionManager transactionManager, GraphWriter writer, RevisionRepository history,
                    GraphChanges changes, JsonMapper json) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setTimeout(30);
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
        this.reads.setTimeout(10);
        this.writer = writer;
        this.history = history;
        this.changes = changes;
        this.json = json;
    }

    /** One change, its errors reported under "input". */
    Outcome apply(Change change) {
        // A change based on a version that is already stale is refused without queueing for the
        // write lock (about half of the load benchmark's writes); a fresh one is checked again under it.
        return staleBeforeLocking(change).orElseGet(() -> run(List.of(change), false));
    }

    private java.util.Optional<Outcome> staleBeforeLocking(Change change) {
        String subject = change.subject();
        if (subject == null || change.expectedVersion() == null || change.reason() == null || change.reason().isBlank()) {
            return java.util.Optional.empty();
        }
        return reads.execute(status -> {
            java.util.Optional<Long> current = subject.contains("->")
                    ? writer.relation(subject).map(Snapshots.StoredRelation::version)
                    : writer.entity(subject).map(Snapshots.StoredEntity::version);
            if (current.isEmpty() || current.get().equals(change.expectedVersion())) {
                return java.util.Optional.<Outcome>empty();
            }
            ChangeSet set = new ChangeSet(writer, null, 0, json, history);
            set.begin(List.of("input"), change.reason());
            set.isCurrent(subject, current.get(), change.expectedVersion());
            return java.util.Optional.of(set.finish());
        });
    }

    /** A batch, each change's errors reported under "changes", its index and its input's name. */
    Outcome applyAll(List<Change> batch) {
        return run(batch, true, () -> { });
    }

    /**
     * One change, and {@code alsoWhenWritten} in the same transaction once it was written (an
     * accepted proposal is marked accepted together with the fact it became, or not at all).
     */
    Outcome apply(Change change, Runnable alsoWhenWritten) {
        return run(List.of(change), false, alsoWhenWritten);
    }

    /** A batch, and {@code alsoWhenWritten} in the same transaction once all of it was written. */
    Outcome applyAll(List<Change> batch, Runnable alsoWhenWritten) {
        return run(batch, true, alsoWhenWritten);
    }

    private Outcome run(List<Change> batch, boolean indexed) {
        return run(batch, indexed, () -> { });
    }

    private Outcome run(List<Change> batch, boolean indexed, Runnable alsoWhenWritten) {
        for (int attempt = 1; ; attempt++) {
            try {
                Outcome outcome = transactions.execute(status -> {
                    Outcome result = applyInTransaction(batch, indexed);
                    if (!result.written()) {
                        status.setRollbackOnly();
                    } else {
                        alsoWhenWritten.run();
                    }
                    return result;
                });
                if (outcome.written()) {
                    changes.publish(new GraphChange(List.copyOf(outcome.entityIds()), List.copyOf(outcome.relationIds()),
                            GraphChange.CURATION, outcome.revision(), Instant.now().toString()));
                }
                return outcome;
            } catch (TransientDataAccessException e) {
                // A deadlock with a seed load, or a leader switch in a cluster: nothing was committed, so try again.
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Outcome applyInTransaction(List<Change> batch, boolean indexed) {
        ChangeSet set = new ChangeSet(writer, new TransactionGraph(writer.client()), writer.nextRevision(), json, history);
        for (int i = 0; i < batch.size(); i++) {
            Change change = batch.get(i);
            List<String> path = indexed ? List.of("changes", String.valueOf(i), change.inputName()) : List.of("input");
            if (set.begin(path, change.reason())) {
                change.applyTo(set);
            }
        }
        return set.finish();
    }
}
