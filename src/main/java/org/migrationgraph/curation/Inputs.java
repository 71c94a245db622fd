package org.migrationgraph.curation;

import static org.migrationgraph.seed.StoredRecords.CURATED_FILE;

import java.util.List;

import org.migrationgraph.seed.SeedCitation;

/** The mutations' input objects, as Spring for GraphQL binds them (curation.graphqls documents each field). */
final class Inputs {

    private Inputs() {
    }

    /** One change of a batch, or of a single mutation. */
    sealed interface Change permits CreateEntityInput, UpdateEntityInput, DeleteEntityInput, CreateRelationInput,
            UpdateRelationInput, DeleteRelationInput, AddCitationInput, RemoveCitationInput, AddDocumentInput {

        String reason();

        /** The input object's name in a batch's ChangeInput, for error paths. */
        String inputName();

        /** Checks the change and, when nothing is wrong, writes it. */
        void applyTo(ChangeSet set);

        /** The id of the entity or relation the change was based on a version of; null for a new one. */
        default String subject() {
            return null;
        }

        /** The version the change was based on; null for a new subject. */
        default Long expectedVersion() {
            return null;
        }
    }

    record PropertyInput(String key, Object value) {
    }

    record CitationInput(String document, Integer paragraph, String quote, String reference, String detail) {

        SeedCitation toSeed() {
            if (reference != null) {
                return new SeedCitation(null, null, null, reference, detail, CURATED_FILE, 0);
            }
            return new SeedCitation(document, paragraph, quote, null, null, CURATED_FILE, 0);
        }

        static List<SeedCitation> toSeed(List<CitationInput> citations) {
            return citations == null ? List.of() : citations.stream().map(CitationInput::toSeed).toList();
        }
    }

    record CreateEntityInput(String id, List<String> kinds, String name, List<String> aliases, String description,
                             List<PropertyInput> properties, List<CitationInput> citations, String reason) implements Change {
        public String inputName() {
            return "createEntity";
        }

        public void applyTo(ChangeSet set) {
            EntityChanges.create(this, set);
        }
    }

    record UpdateEntityInput(String id, Long expectedVersion, List<String> kinds, String name, List<String> aliases,
                             String description, List<PropertyInput> setProperties, List<String> removeProperties,
                             String reason) implements Change {
        public String inputName() {
            return "updateEntity";
        }

        public void applyTo(ChangeSet set) {
            EntityChanges.update(this, set);
        }

        public String subject() {
            return id;
        }
    }

    record DeleteEntityInput(String id, Long expectedVersion, String replacedBy, Boolean deleteRelations,
                             String reason) implements Change {
        public String inputName() {
            return "deleteEntity";
        }

        public void applyTo(ChangeSet set) {
            EntityChanges.delete(this, set);
        }

        public String subject() {
            return id;
        }
    }

    record CreateRelationInput(String from, String type, String to, List<PropertyInput> properties,
                               List<CitationInput> citations, String reason) implements Change {
        public String inputName() {
            return "createRelation";
        }

        public void applyTo(ChangeSet set) {
            RelationChanges.create(this, set);
        }
    }

    record UpdateRelationInput(String id, Long expectedVersion, List<PropertyInput> setProperties,
                               List<String> removeProperties, String reason) implements Change {
        public String inputName() {
            return "updateRelation";
        }

        public void applyTo(ChangeSet set) {
            RelationChanges.update(this, set);
        }

        public String subject() {
            return id;
        }
    }

    record DeleteRelationInput(String id, Long expectedVersion, String reason) implements Change {
        public String inputName() {
            return "deleteRelation";
        }

        public void applyTo(ChangeSet set) {
            RelationChanges.delete(this, set);
        }

        public String subject() {
            return id;
        }
    }

    record AddCitationInput(String subjectId, Long expectedVersion, CitationInput citation, String reason) implements Change {
        public String inputName() {
            return "addCitation";
        }

        public void applyTo(ChangeSet set) {
            CitationChanges.add(this, set);
        }

        public String subject() {
            return subjectId;
        }
    }

    record RemoveCitationInput(String subjectId, Long expectedVersion, CitationInput citation, String reason) implements Change {
        public String inputName() {
            return "removeCitation";
        }

        public void applyTo(ChangeSet set) {
            CitationChanges.remove(this, set);
        }

        public String subject() {
            return subjectId;
        }
    }

    record AddDocumentInput(String id, String title, String date, String documentType, String author, String text,
                            List<CitationInput> citations, String reason) implements Change {
        public String inputName() {
            return "addDocument";
        }

        public void applyTo(ChangeSet set) {
            EntityChanges.addDocument(this, set);
        }
    }

    /** A batch entry: exactly one field is set (the schema's @oneOf enforces it). */
    record ChangeInput(CreateEntityInput createEntity, UpdateEntityInput updateEntity, DeleteEntityInput deleteEntity,
                       CreateRelationInput createRelation, UpdateRelationInput updateRelation,
                       DeleteRelationInput deleteRelation, AddCitationInput addCitation,
                       RemoveCitationInput removeCitation, AddDocumentInput addDocument) {

        Change change() {
            return java.util.stream.Stream.<Change>of(createEntity, updateEntity, deleteEntity, createRelation, updateRelation,
                    deleteRelation, addCitation, removeCitation, addDocument).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        }
    }
}
