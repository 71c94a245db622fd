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
    }

    record UpdateEntityInput(String id, Long expectedVersion, List<String> kinds, String name, List<String> aliases,
                             String description, List<PropertyInput> setProperties, List<String> removeProperties,
                             String reason) implements Change {
        public String inputName() {
            return "updateEntity";
        }
    }

    record DeleteEntityInput(String id, Long expectedVersion, String replacedBy, Boolean deleteRelations,
                             String reason) implements Change {
        public String inputName() {
            return "deleteEntity";
        }
    }

    record CreateRelationInput(String from, String type, String to, List<PropertyInput> properties,
                               List<CitationInput> citations, String reason) implements Change {
        public String inputName() {
            return "createRelation";
        }
    }

    record UpdateRelationInput(String id, Long expectedVersion, List<PropertyInput> setProperties,
                               List<String> removeProperties, String reason) implements Change {
        public String inputName() {
            return "updateRelation";
        }
    }

    record DeleteRelationInput(String id, Long expectedVersion, String reason) implements Change {
        public String inputName() {
            return "deleteRelation";
        }
    }

    record AddCitationInput(String subjectId, Long expectedVersion, CitationInput citation, String reason) implements Change {
        public String inputName() {
            return "addCitation";
        }
    }

    record RemoveCitationInput(String subjectId, Long expectedVersion, CitationInput citation, String reason) implements Change {
        public String inputName() {
            return "removeCitation";
        }
    }

    record AddDocumentInput(String id, String title, String date, String documentType, String author, String text,
                            List<CitationInput> citations, String reason) implements Change {
        public String inputName() {
            return "addDocument";
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
