package org.migrationgraph.curation;

import java.util.List;

import org.migrationgraph.curation.Inputs.AddCitationInput;
import org.migrationgraph.curation.Inputs.AddDocumentInput;
import org.migrationgraph.curation.Inputs.ChangeInput;
import org.migrationgraph.curation.Inputs.CreateEntityInput;
import org.migrationgraph.curation.Inputs.CreateRelationInput;
import org.migrationgraph.curation.Inputs.DeleteEntityInput;
import org.migrationgraph.curation.Inputs.DeleteRelationInput;
import org.migrationgraph.curation.Inputs.RemoveCitationInput;
import org.migrationgraph.curation.Inputs.UpdateEntityInput;
import org.migrationgraph.curation.Inputs.UpdateRelationInput;
import org.migrationgraph.curation.Payloads.BatchPayload;
import org.migrationgraph.curation.Payloads.CitationPayload;
import org.migrationgraph.curation.Payloads.DeletePayload;
import org.migrationgraph.curation.Payloads.EntityPayload;
import org.migrationgraph.curation.Payloads.RelationPayload;
import org.migrationgraph.entity.EntityRepository;
import org.migrationgraph.entity.EntityView;
import org.migrationgraph.relation.RelationLookup;
import org.migrationgraph.relation.RelationView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The curation mutations: each hands its input to the service and reads back what it wrote. */
@Controller
class CurationController {

    private final CurationService curation;
    private final EntityRepository entities;
    private final RelationLookup relations;

    CurationController(CurationService curation, EntityRepository entities, RelationLookup relations) {
        this.curation = curation;
        this.entities = entities;
        this.relations = relations;
    }

    @MutationMapping
    EntityPayload createEntity(@Argument CreateEntityInput input) {
        return entityPayload(curation.apply(input), input.id());
    }

    @MutationMapping
    EntityPayload updateEntity(@Argument UpdateEntityInput input) {
        return entityPayload(curation.apply(input), input.id());
    }

    @MutationMapping
    EntityPayload addDocument(@Argument AddDocumentInput input) {
        return entityPayload(curation.apply(input), input.id());
    }

    @MutationMapping
    DeletePayload deleteEntity(@Argument DeleteEntityInput input) {
        Outcome outcome = curation.apply(input);
        return new DeletePayload(outcome.written() ? input.id() : null, outcome.revision(), outcome.userErrors(), outcome.conflict());
    }

    @MutationMapping
    RelationPayload createRelation(@Argument CreateRelationInput input) {
        Outcome outcome = curation.apply(input);
        return new RelationPayload(relation(outcome), outcome.revision(), outcome.userErrors(), outcome.conflict());
    }

    @MutationMapping
    RelationPayload updateRelation(@Argument UpdateRelationInput input) {
        Outcome outcome = curation.apply(input);
        return new RelationPayload(relation(outcome), outcome.revision(), outcome.userErrors(), outcome.conflict());
    }

    @MutationMapping
    DeletePayload deleteRelation(@Argument DeleteRelationInput input) {
        Outcome outcome = curation.apply(input);
        return new DeletePayload(outcome.written() ? input.id() : null, outcome.revision(), outcome.userErrors(), outcome.conflict());
    }

    @MutationMapping
    CitationPayload addCitation(@Argument AddCitationInput input) {
        return citationPayload(curation.apply(input), input.subjectId());
    }

    @MutationMapping
    CitationPayload removeCitation(@Argument RemoveCitationInput input) {
        return citationPayload(curation.apply(input), input.subjectId());
    }

    @MutationMapping
    BatchPayload applyChanges(@Argument List<ChangeInput> changes) {
        Outcome outcome = curation.applyAll(changes.stream().map(ChangeInput::change).toList());
        return new BatchPayload(outcome.subjectIds(), outcome.revision(), outcome.userErrors(), outcome.conflict());
    }

    private EntityPayload entityPayload(Outcome outcome, String id) {
        return new EntityPayload(outcome.userErrors().isEmpty() ? entity(id) : null, outcome.revision(), outcome.userErrors(),
                outcome.conflict());
    }

    private CitationPayload citationPayload(Outcome outcome, String subjectId) {
        boolean ok = outcome.userErrors().isEmpty();
        boolean isRelation = subjectId.contains("->");
        return new CitationPayload(ok && !isRelation ? entity(subjectId) : null,
                ok && isRelation ? relations.findById(subjectId).orElse(null) : null,
                outcome.revision(), outcome.userErrors(), outcome.conflict());
    }

    private EntityView entity(String id) {
        return entities.findByIds(List.of(id)).get(id);
    }

    private RelationView relation(Outcome outcome) {
        return outcome.userErrors().isEmpty() && !outcome.subjectIds().isEmpty()
                ? relations.findById(outcome.subjectIds().get(0)).orElse(null) : null;
    }
}
