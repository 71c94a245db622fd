package org.migrationgraph.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.migrationgraph.curation.Inputs.PropertyInput;
import org.migrationgraph.history.Revision;
import org.migrationgraph.history.RevisionRepository;
import org.migrationgraph.seed.FactRules;
import org.migrationgraph.seed.KnownGraph;
import org.migrationgraph.seed.Violation;
import org.migrationgraph.seed.ViolationCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One transaction's worth of changes: where each change's errors are reported, what it wrote,
 * and the revisions it leaves. Changes are checked before they are written; a change with errors
 * writes nothing, and the service rolls the whole transaction back if any change had one.
 */
final class ChangeSet {

    final GraphWriter writer;
    final KnownGraph graph;
    final long revision;
    /** What curated records carry where loaded ones carry the seed's hash: any later seed load replaces them. */
    final String seedVersion = org.migrationgraph.seed.StoredRecords.CURATED_VERSION;
    private final JsonMapper json;
    private final RevisionRepository history;

    private final List<UserError> errors = new ArrayList<>();
    private ConflictView conflict;
    private final List<Revision> revisions = new ArrayList<>();
    private final List<String> subjectIds = new ArrayList<>();
    private final Set<String> entityIds = new LinkedHashSet<>();
    private final Set<String> relationIds = new LinkedHashSet<>();
    private final Set<String> mentionsToRefresh = new LinkedHashSet<>();
    private List<String> path = List.of("input");
    private String reason;

    ChangeSet(GraphWriter writer, KnownGraph graph, long revision, JsonMapper json, RevisionRepository history) {
        this.writer = writer;
        this.graph = graph;
        this.revision = revision;
        this.json = json;
        this.history = history;
    }

    /** Starts the next change: its errors are reported under {@code path}; false when its reason is missing. */
    boolean begin(List<String> path, String reason) {
        this.path = List.copyOf(path);
        this.reason = reason;
        if (reason == null || reason.isBlank()) {
            error(ViolationCode.REQUIRED, "give a 'reason' for the change; history keeps it", "reason");
            return false;
        }
        return true;
    }

    void error(ViolationCode code, String message, String... field) {
        List<String> full = new ArrayList<>(path);
        full.addAll(List.of(field));
        errors.add(new UserError(full, message, code));
    }

    void violations(List<Violation> found, String... under) {
        found.forEach(v -> {
            Violation placed = v.under(under);
            error(placed.code(), placed.message(), placed.field().toArray(String[]::new));
        });
    }

    String reason() {
        return reason;
    }

    int errorCount() {
        return errors.size();
    }

    /** Refuses a change based on another version than the current one, saying what changed since. */
    boolean isCurrent(String subjectId, long current, Long expected) {
        if (expected == null || expected == current) {
            return true;
        }
        List<Revision> since = history.findBySubjectIdAndSubjectVersionGreaterThanOrderByNumberAsc(subjectId, expected);
        error(ViolationCode.CONFLICT, subjectId + " is at version " + current + ", and this change was based on version " + expected
                + (since.isEmpty() ? "" : "; since then: " + String.join("; ", since.stream().map(ChangeSet::summary).toList()))
                + ". Read it again, apply your change to what it says now, and send expectedVersion " + current + ".", "expectedVersion");
        if (conflict == null) {
            conflict = new ConflictView(subjectId, current, since);
        }
        return false;
    }

    private static String summary(Revision r) {
        return r.getOperation().name().toLowerCase() + " by " + r.getAuthor() + " (" + String.join(", ", r.getFields()) + ")";
    }

    /** The inputs' properties as stored values, each name and value checked. */
    Map<String, Object> properties(List<PropertyInput> inputs, String field) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (inputs == null) {
            return properties;
        }
        for (int i = 0; i < inputs.size(); i++) {
            PropertyInput input = inputs.get(i);
            String key = input.key();
            String refusal = Set.of("id", "name", "aliases", "description").contains(key)
                    ? "'" + key + "' is a field of its own, not a property; set it directly"
                    : FactRules.propertyName(key).orElse(null);
            if (refusal != null) {
                error(ViolationCode.INVALID_PROPERTY, refusal, field, String.valueOf(i), "key");
            } else if (properties.put(key, FactRules.isDateKey(key) ? String.valueOf(input.value()) : input.value()) != null) {
                error(ViolationCode.INVALID_PROPERTY, "property '" + key + "' is given twice", field, String.valueOf(i), "key");
            }
        }
        return properties;
    }

    /** A name or alias that matches another entity's is refused unless graph-seed/ lists it as shared on purpose. */
    void checkNames(String id, List<String> keys) {
        Map<String, List<String>> owners = writer.nameOwners(id, keys);
        if (owners.isEmpty()) {
            return;
        }
        Map<String, List<String>> allowed = writer.sharedNames(keys);
        owners.forEach((other, shared) -> shared.stream()
                .filter(key -> !allowed.getOrDefault(key, List.of()).containsAll(List.of(id, other)))
                .forEach(key -> error(ViolationCode.NAME_COLLISION, "the name or alias '" + key + "' belongs to " + other
                        + " too; make it unambiguous (graph-seed/shared-names.yaml lists the names shared on purpose)", "aliases")));
    }

    void record(String subjectId, Revision.SubjectType type, List<String> endpoints, Revision.Operation operation,
                long version, Map<String, Object> before, Map<String, Object> after, String replacedBy) {
        List<String> fields = before == null || after == null ? List.of() : Snapshots.changedFields(before, after);
        revisions.add(new Revision(revision + "/" + (revisions.size() + 1) + "/" + subjectId, revision, subjectId, type,
                endpoints, operation, version, reason, text(before), text(after), fields, replacedBy));
        if (type == Revision.SubjectType.RELATION) {
            relationIds.add(subjectId);
            entityIds.addAll(endpoints);
        } else {
            entityIds.add(subjectId);
        }
    }

    void wrote(String subjectId) {
        subjectIds.add(subjectId);
    }

    void refreshMentionsOf(String... ids) {
        mentionsToRefresh.addAll(List.of(ids));
    }

    /** Writes what every change of the set needs once: mentions, then the revisions. */
    Outcome finish() {
        if (!errors.isEmpty()) {
            return Outcome.refused(errors, conflict);
        }
        if (revisions.isEmpty()) {
            return Outcome.unchanged(subjectIds);
        }
        writer.refreshMentions(mentionsToRefresh);
        history.saveAll(revisions);
        return new Outcome(revision, List.copyOf(subjectIds), Set.copyOf(entityIds), Set.copyOf(relationIds), List.of(), null);
    }

    private String text(Map<String, Object> snapshot) {
        return snapshot == null ? null : json.writeValueAsString(snapshot);
    }
}
