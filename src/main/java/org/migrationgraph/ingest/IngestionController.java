package org.migrationgraph.ingest;

import java.util.List;
import java.util.Map;

import org.migrationgraph.curation.UserError;
import org.migrationgraph.entity.EntityRepository;
import org.migrationgraph.entity.EntityView;
import org.migrationgraph.support.OffsetCursor;
import org.migrationgraph.support.Page;
import org.migrationgraph.support.PageInfo;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Ingestion and review over GraphQL: each mapping hands its arguments to a service. */
@Controller
class IngestionController {

    private final IngestionService ingestion;
    private final ReviewService review;
    private final IngestionStore store;
    private final EntityRepository entities;

    IngestionController(IngestionService ingestion, ReviewService review, IngestionStore store, EntityRepository entities) {
        this.ingestion = ingestion;
        this.review = review;
        this.store = store;
        this.entities = entities;
    }

    record IngestDocumentInput(String id, String title, String date, String kind, String author, String text, String reason) {
    }

    record AcceptProposalInput(String id, String entityId, String name, String kind, List<PropertyEdit> setProperties, String reason) {
    }

    record PropertyEdit(String key, Object value) {
    }

    record RejectProposalInput(String id, String reason) {
    }

    record AcceptProposalsInput(List<AcceptProposalItem> items, String reason) {
    }

    record AcceptProposalItem(String id, String entityId, String name, String kind, List<PropertyEdit> setProperties) {
        ReviewService.Item item() {
            return new ReviewService.Item(id, new ReviewService.Edits(entityId, name, kind, edits(setProperties)));
        }
    }

    record ProposalsPayload(List<StoredProposal> proposals, Long revision, List<UserError> userErrors) {
    }

    record IngestPayload(EntityView document, Long revision, boolean documentAdded, int paragraphs, int sentences, int mentions,
                         int ambiguousMentions, int proposals, long newProposals, int alreadyInGraph, List<UserError> userErrors) {
    }

    record ProposalPayload(StoredProposal proposal, Long revision, List<UserError> userErrors) {
    }

    record ProposalEdge(String cursor, StoredProposal node) {
    }

    record ProposalConnection(List<ProposalEdge> edges, PageInfo pageInfo) {
    }

    @MutationMapping
    IngestPayload ingestDocument(@Argument IngestDocumentInput input) {
        IngestionService.IngestOutcome o = ingestion.ingest(new IngestionService.IngestInput(input.id(), input.title(), input.date(),
                input.kind(), input.author(), input.text(), input.reason()));
        EntityView document = o.documentId() == null ? null : entities.findByIds(List.of(o.documentId())).get(o.documentId());
        return new IngestPayload(document, o.revision(), o.documentAdded(), o.paragraphs(), o.sentences(), o.mentions(),
                o.ambiguousMentions(), o.proposals(), o.newProposals(), o.alreadyInGraph(), o.userErrors());
    }

    @MutationMapping
    ProposalPayload acceptProposal(@Argument AcceptProposalInput input) {
        ReviewService.ReviewOutcome o = review.accept(input.id(),
                new ReviewService.Edits(input.entityId(), input.name(), input.kind(), edits(input.setProperties())), input.reason());
        return new ProposalPayload(o.proposal(), o.revision(), o.userErrors());
    }

    @MutationMapping
    ProposalsPayload acceptProposals(@Argument AcceptProposalsInput input) {
        ReviewService.ReviewOutcome o = review.acceptAll(input.items().stream().map(AcceptProposalItem::item).toList(), input.reason());
        return new ProposalsPayload(o.proposals(), o.revision(), o.userErrors());
    }

    private static Map<String, Object> edits(List<PropertyEdit> properties) {
        return properties == null ? Map.of()
                : properties.stream().collect(java.util.stream.Collectors.toMap(PropertyEdit::key, PropertyEdit::value, (a, b) -> b));
    }

    @MutationMapping
    ProposalPayload rejectProposal(@Argument RejectProposalInput input) {
        ReviewService.ReviewOutcome o = review.reject(input.id(), input.reason());
        return new ProposalPayload(o.proposal(), o.revision(), o.userErrors());
    }

    @QueryMapping
    ProposalConnection proposals(@Argument String document, @Argument String status, @Argument Integer first, @Argument String after) {
        int size = OffsetCursor.pageSize(first);
        int skip = OffsetCursor.startAfter(after);
        List<StoredProposal> rows = store.proposals(document, status, skip, size + 1);
        Page<ProposalEdge> page = Page.of(rows, size, skip, ProposalEdge::new);
        return new ProposalConnection(page.edges(), page.pageInfo());
    }

    @QueryMapping
    List<TextMentionView> textMentions(@Argument String document, @Argument Integer paragraph) {
        return store.mentions(document, paragraph);
    }

    @SchemaMapping(typeName = "Proposal", field = "properties")
    List<PropertyEdit> properties(StoredProposal proposal) {
        return proposal.properties().entrySet().stream().map(e -> new PropertyEdit(e.getKey(), e.getValue())).toList();
    }
}
