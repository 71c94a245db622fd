package org.migrationgraph.curation;

import static org.migrationgraph.seed.StoredRecords.CURATED_FILE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.migrationgraph.curation.Inputs.CitationInput;
import org.migrationgraph.curation.Inputs.CreateRelationInput;
import org.migrationgraph.curation.Inputs.DeleteRelationInput;
import org.migrationgraph.curation.Inputs.UpdateRelationInput;
import org.migrationgraph.curation.Snapshots.StoredRelation;
import org.migrationgraph.history.Revision.Operation;
import org.migrationgraph.history.Revision.SubjectType;
import org.migrationgraph.seed.FactRules;
import org.migrationgraph.seed.SeedRelation;
import org.migrationgraph.seed.SeedRows;
import org.migrationgraph.seed.ViolationCode;

/** Creating, changing and deleting relations. */
final class RelationChanges {

    private RelationChanges() {
    }

    static void create(CreateRelationInput input, ChangeSet set) {
        int before = set.errorCount();
        Map<String, Object> properties = set.properties(input.properties(), "properties");
        SeedRelation relation = new SeedRelation(input.from(), input.type(), input.to(), properties,
                CitationInput.toSeed(input.citations()), CURATED_FILE, 0);
        if (set.writer.relation(relation.id()).isPresent()) {
            set.error(ViolationCode.DUPLICATE_RELATION, "the relation " + relation.id() + " exists already; "
                    + "add a citation to it, or change it with updateRelation", "type");
        }
        write(relation, null, before, set);
    }

    static void update(UpdateRelationInput input, ChangeSet set) {
        Optional<StoredRelation> found = existing(input.id(), set);
        if (found.isEmpty() || !set.isCurrent(input.id(), found.get().version(), input.expectedVersion())) {
            return;
        }
        int before = set.errorCount();
        SeedRelation old = found.get().relation();
        Map<String, Object> properties = new LinkedHashMap<>(old.properties());
        properties.putAll(set.properties(input.setProperties(), "setProperties"));
        EntityChanges.orEmpty(input.removeProperties()).forEach(properties::remove);
        write(new SeedRelation(old.from(), old.type(), old.to(), properties, old.citations(), old.file(), 0), found.get(), before, set);
    }

    /** Checks the relation with the shared rules and writes it, with a revision, when nothing was wrong. */
    static void write(SeedRelation relation, StoredRelation old, int errorsBefore, ChangeSet set) {
        // A stored relation's ends, type and citations were checked when it was written; a new
        // citation is checked by CitationChanges. What an update can break is its dates.
        set.violations(old == null ? FactRules.relation(relation, set.graph)
                : FactRules.dates(relation.properties(), relation.from() + " -" + relation.type() + "-> " + relation.to()));
        if (set.errorCount() > errorsBefore) {
            return;
        }
        Map<String, Object> after = Snapshots.json(relation);
        set.wrote(relation.id());
        if (old != null && after.equals(old.json())) {
            return;
        }
        long version = old == null ? 1 : old.version() + 1;
        Map<String, Object> row = SeedRows.relationRow(relation, set.seedVersion);
        set.writer.writeRelation(row, version);
        set.record(relation.id(), SubjectType.RELATION, List.of(relation.from(), relation.to()),
                old == null ? Operation.CREATE : Operation.UPDATE, version, old == null ? null : old.json(), after, null);
        if (old == null || !old.relation().citations().equals(relation.citations())) {
            set.refreshMentionsOf(relation.from(), relation.to());
        }
    }

    static void delete(DeleteRelationInput input, ChangeSet set) {
        Optional<StoredRelation> found = existing(input.id(), set);
        if (found.isEmpty() || !set.isCurrent(input.id(), found.get().version(), input.expectedVersion())) {
            return;
        }
        SeedRelation relation = found.get().relation();
        set.writer.deleteRelation(input.id());
        set.wrote(input.id());
        set.record(input.id(), SubjectType.RELATION, List.of(relation.from(), relation.to()), Operation.DELETE,
                found.get().version(), found.get().json(), null, null);
        set.refreshMentionsOf(relation.from(), relation.to());
    }

    /** Deletes one of a deleted entity's relations, recording it; its other end's mentions are refreshed later. */
    static void deleteWith(Map<String, Object> ends, ChangeSet set, List<String> otherEnds) {
        String id = (String) ends.get("id");
        set.writer.relation(id).ifPresent(stored -> {
            set.writer.deleteRelation(id);
            set.record(id, SubjectType.RELATION, List.of(stored.relation().from(), stored.relation().to()), Operation.DELETE,
                    stored.version(), stored.json(), null, null);
            otherEnds.add(stored.relation().from());
            otherEnds.add(stored.relation().to());
        });
    }

    static Optional<StoredRelation> existing(String id, ChangeSet set) {
        Optional<StoredRelation> found = set.writer.relation(id);
        if (found.isEmpty()) {
            set.error(ViolationCode.NOT_FOUND, "no relation has the id '" + id + "'; relation ids read <from>-<TYPE>-><to>", "id");
        }
        return found;
    }
}
