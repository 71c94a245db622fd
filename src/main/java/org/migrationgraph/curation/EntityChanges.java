package org.migrationgraph.curation;

import static org.migrationgraph.seed.StoredRecords.CURATED_FILE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.migrationgraph.curation.Inputs.AddDocumentInput;
import org.migrationgraph.curation.Inputs.CitationInput;
import org.migrationgraph.curation.Inputs.CreateEntityInput;
import org.migrationgraph.curation.Inputs.DeleteEntityInput;
import org.migrationgraph.curation.Inputs.UpdateEntityInput;
import org.migrationgraph.curation.Snapshots.StoredEntity;
import org.migrationgraph.history.Revision.Operation;
import org.migrationgraph.history.Revision.SubjectType;
import org.migrationgraph.seed.DocumentText;
import org.migrationgraph.seed.FactRules;
import org.migrationgraph.seed.SeedEntity;
import org.migrationgraph.seed.SeedRows;
import org.migrationgraph.seed.ViolationCode;

/** Creating, changing and deleting entities, documents included. */
final class EntityChanges {

    private EntityChanges() {
    }

    static void create(CreateEntityInput input, ChangeSet set) {
        int before = set.errorCount();
        idIsFree(input.id(), set);
        required(input.name(), "name", set);
        if (input.kinds() == null || input.kinds().isEmpty()) {
            set.error(ViolationCode.REQUIRED, "give at least one kind, the primary kind first", "kinds");
        }
        Map<String, Object> properties = set.properties(input.properties(), "properties");
        SeedEntity entity = new SeedEntity(input.id(), orEmpty(input.kinds()), input.name(), orEmpty(input.aliases()),
                blankToNull(input.description()), null, properties, CitationInput.toSeed(input.citations()), CURATED_FILE, 0);
        if (entity.kinds().contains("Document")) {
            set.error(ViolationCode.INVALID, "a document needs its text; add it with addDocument", "kinds");
        }
        write(entity, null, before, set);
    }

    static void update(UpdateEntityInput input, ChangeSet set) {
        Optional<StoredEntity> found = existing(input.id(), set);
        if (found.isEmpty() || !set.isCurrent(input.id(), found.get().version(), input.expectedVersion())) {
            return;
        }
        int before = set.errorCount();
        SeedEntity old = found.get().entity();
        Map<String, Object> properties = new LinkedHashMap<>(old.properties());
        properties.putAll(set.properties(input.setProperties(), "setProperties"));
        orEmpty(input.removeProperties()).forEach(properties::remove);
        List<String> kinds = input.kinds() == null ? old.kinds() : input.kinds();
        if (kinds.isEmpty()) {
            set.error(ViolationCode.REQUIRED, "give at least one kind, the primary kind first", "kinds");
        }
        if (old.kinds().contains("Document") != kinds.contains("Document")) {
            set.error(ViolationCode.INVALID, "an entity becomes or stops being a Document only with its text: add a document instead", "kinds");
        }
        if (input.name() != null) {
            required(input.name(), "name", set);
        }
        String description = input.description() == null ? old.description() : blankToNull(input.description());
        SeedEntity entity = new SeedEntity(old.id(), kinds, input.name() == null ? old.name() : input.name(),
                input.aliases() == null ? old.aliases() : input.aliases(), description, null, properties,
                old.citations(), old.file(), 0);
        write(entity, found.get(), before, set);
    }

    /** Checks the entity with the shared rules and writes it, with a revision, when nothing was wrong. */
    static void write(SeedEntity entity, StoredEntity old, int errorsBefore, ChangeSet set) {
        set.violations(FactRules.entity(old == null ? entity : whatChanged(entity, old.entity()), set.graph));
        boolean renamed = old == null || !entity.name().equals(old.entity().name()) || !entity.aliases().equals(old.entity().aliases());
        if (entity.id() != null && entity.name() != null && renamed) {
            set.checkNames(entity.id(), SeedRows.nameKeys(entity));
        }
        if (set.errorCount() > errorsBefore) {
            return;
        }
        Map<String, Object> after = Snapshots.json(entity);
        set.wrote(entity.id());
        if (old != null && after.equals(old.json())) {
            return; // the same values again: nothing to write, no revision
        }
        long version = old == null ? 1 : old.version() + 1;
        set.writer.writeEntity(SeedRows.entityRow(entity, set.seedVersion), version);
        set.record(entity.id(), SubjectType.ENTITY, List.of(), old == null ? Operation.CREATE : Operation.UPDATE, version,
                old == null ? null : old.json(), after, null);
        if (old == null || !old.entity().citations().equals(entity.citations())) {
            set.refreshMentionsOf(entity.id()); // what a paragraph mentions changes only with citations
        }
    }

    /**
     * The entity with only the kinds and citations it did not have: what it had was checked when
     * it was written, and every check left out is a read less while the write lock is held.
     */
    private static SeedEntity whatChanged(SeedEntity entity, SeedEntity old) {
        return new SeedEntity(entity.id(), entity.kinds().stream().filter(k -> !old.kinds().contains(k)).toList(), entity.name(),
                entity.aliases(), entity.description(), entity.text(), entity.properties(),
                entity.citations().stream().filter(c -> !old.citations().contains(c)).toList(), entity.file(), entity.line());
    }

    static void addDocument(AddDocumentInput input, ChangeSet set) {
        int before = set.errorCount();
        idIsFree(input.id(), set);
        required(input.title(), "title", set);
        required(input.documentType(), "documentType", set);
        List<String> paragraphs = input.text() == null ? List.of() : DocumentText.paragraphs(input.text());
        if (paragraphs.isEmpty()) {
            set.error(ViolationCode.REQUIRED, "the document has no text; paragraphs are separated by blank lines", "text");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("documentType", input.documentType());
        if (input.author() != null && !input.author().isBlank()) {
            properties.put("author", input.author());
        }
        properties.put("date", input.date());
        SeedEntity document = new SeedEntity(input.id(), List.of("Document"), input.title(), List.of(), null, null, properties,
                CitationInput.toSeed(input.citations()), CURATED_FILE, 0);
        set.violations(FactRules.entity(document, set.graph));
        if (set.errorCount() > before) {
            return;
        }
        set.writer.writeEntity(SeedRows.entityRow(document, set.seedVersion), 1);
        set.writer.writeParagraphs(document.id(), SeedRows.paragraphRows(document.id(), paragraphs, set.seedVersion));
        Map<String, Object> after = Snapshots.json(document);
        after.put("paragraphs", paragraphs);
        set.wrote(document.id());
        set.record(document.id(), SubjectType.ENTITY, List.of(), Operation.CREATE, 1, null, after, null);
        set.refreshMentionsOf(document.id());
    }

    static void delete(DeleteEntityInput input, ChangeSet set) {
        Optional<StoredEntity> found = existing(input.id(), set);
        if (found.isEmpty() || !set.isCurrent(input.id(), found.get().version(), input.expectedVersion())) {
            return;
        }
        SeedEntity entity = found.get().entity();
        if (input.replacedBy() != null && (input.replacedBy().equals(input.id()) || !set.graph.hasEntity(input.replacedBy()))) {
            set.error(ViolationCode.UNKNOWN_ENTITY, "'replacedBy' must be the id of another entity; '" + input.replacedBy()
                    + "' is not", "replacedBy");
            return;
        }
        List<Map<String, Object>> relations = set.writer.relationsOf(input.id());
        if (!relations.isEmpty() && !Boolean.TRUE.equals(input.deleteRelations())) {
            set.error(ViolationCode.IN_USE, input.id() + " has " + relations.size() + " relation(s); delete them first, "
                    + "or set deleteRelations: true to delete them with it", "deleteRelations");
            return;
        }
        long citing = entity.kinds().contains("Document") ? set.writer.citingFacts(input.id()) : 0;
        if (citing > 0) {
            set.error(ViolationCode.IN_USE, input.id() + " is cited by " + citing + " fact(s); remove those citations first", "id");
            return;
        }
        List<String> otherEnds = new ArrayList<>();
        for (Map<String, Object> relation : relations) {
            RelationChanges.deleteWith(relation, set, otherEnds);
        }
        set.writer.deleteEntity(input.id());
        set.writer.tombstone(input.id(), entity.name(), entity.kinds().get(0), set.revision, input.replacedBy(), set.reason());
        set.wrote(input.id());
        set.record(input.id(), SubjectType.ENTITY, List.of(), Operation.DELETE, found.get().version(), found.get().json(),
                null, input.replacedBy());
        otherEnds.remove(input.id());
        set.refreshMentionsOf(otherEnds.toArray(String[]::new));
    }

    /** The stored entity, or a NOT_FOUND error that says whether it was deleted. */
    static Optional<StoredEntity> existing(String id, ChangeSet set) {
        Optional<StoredEntity> found = set.writer.entity(id);
        if (found.isEmpty()) {
            Optional<Map<String, Object>> tombstone = set.writer.tombstone(id);
            set.error(ViolationCode.NOT_FOUND, tombstone.map(t -> id + " was deleted in revision " + t.get("revision")
                    + (t.get("replacedBy") == null ? "" : "; it was replaced by " + t.get("replacedBy")))
                    .orElse("no entity has the id '" + id + "'"), "id");
        }
        return found;
    }

    private static void idIsFree(String id, ChangeSet set) {
        if (id == null || FactRules.id(id).isPresent()) {
            return; // the shared rules report a malformed id
        }
        Map<String, Object> use = set.writer.idUse(id);
        if (Boolean.TRUE.equals(use.get("entity")) || Boolean.TRUE.equals(use.get("reference"))) {
            set.error(ViolationCode.ID_TAKEN, "the id '" + id + "' is taken by " + (Boolean.TRUE.equals(use.get("entity"))
                    ? "an entity" : "a reference") + "; choose another, or update that one", "id");
        } else if (use.get("deletedIn") != null) {
            set.error(ViolationCode.ID_TAKEN, "the id '" + id + "' belonged to an entity deleted in revision " + use.get("deletedIn")
                    + "; ids are never given again, choose another", "id");
        }
    }

    private static void required(String value, String field, ChangeSet set) {
        if (value == null || value.isBlank()) {
            set.error(ViolationCode.REQUIRED, "'" + field + "' is required and cannot be blank", field);
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
