package org.migrationgraph.provenance;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import org.migrationgraph.entity.EntityRepository;
import org.migrationgraph.entity.EntityView;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Both sides of provenance, batched (one statement per nesting level): which paragraphs an
 * entity is cited from ({@code Entity.mentionedIn}, on every entity type), a document's
 * paragraphs, and each paragraph's document, mentions and facts.
 */
@Controller
class ProvenanceController {

    private final ProvenanceRepository provenance;
    private final EntityRepository entities;

    ProvenanceController(BatchLoaderRegistry registry, ProvenanceRepository provenance, EntityRepository entities) {
        this.provenance = provenance;
        this.entities = entities;
        registry.<String, MentionedIn>forTypePair(String.class, MentionedIn.class)
                .registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> MentionedIn.of(provenance.mentionedIn(ids))));
    }

    /**
     * Mapped on the interface, so Spring fans it out to every entity type, through one DataLoader
     * that all types share. (A {@code @BatchMapping} on the interface would get a DataLoader per
     * type, and so one statement per kind at each level, not one per level.)
     */
    @SchemaMapping(typeName = "Entity")
    CompletableFuture<List<ParagraphView>> mentionedIn(EntityView entity, DataLoader<String, MentionedIn> loader) {
        return loader.load(entity.id()).thenApply(MentionedIn::paragraphs);
    }

    @BatchMapping(typeName = "Document", field = "paragraphs")
    Map<EntityView, List<ParagraphView>> paragraphs(List<EntityView> documents) {
        return byKey(documents, EntityView::id, provenance::paragraphsOf);
    }

    @BatchMapping(typeName = "Paragraph", field = "document")
    Map<ParagraphView, EntityView> document(List<ParagraphView> paragraphs) {
        Map<String, EntityView> documents = entities.findByIds(paragraphs.stream().map(ParagraphView::documentId).distinct().toList());
        return paragraphs.stream().distinct().collect(Collectors.toMap(Function.identity(), p -> documents.get(p.documentId())));
    }

    @BatchMapping(typeName = "Paragraph", field = "mentions")
    Map<ParagraphView, List<EntityView>> mentions(List<ParagraphView> paragraphs) {
        return byKey(paragraphs, ParagraphView::id, provenance::mentions);
    }

    @BatchMapping(typeName = "Paragraph", field = "facts")
    Map<ParagraphView, List<FactView>> facts(List<ParagraphView> paragraphs) {
        return byKey(paragraphs, ParagraphView::id, provenance::facts);
    }

    /** An entity's paragraphs as a DataLoader value: a named type, so the loader is found by it. */
    record MentionedIn(List<ParagraphView> paragraphs) {
        static Map<String, MentionedIn> of(Map<String, List<ParagraphView>> byEntity) {
            return byEntity.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new MentionedIn(e.getValue())));
        }
    }

    /** One lookup for all sources' distinct keys, then each source's list (empty when none). */
    private static <S, T> Map<S, List<T>> byKey(List<S> sources, Function<S, String> key,
                                                Function<Collection<String>, Map<String, List<T>>> lookup) {
        Map<String, List<T>> found = lookup.apply(sources.stream().map(key).distinct().toList());
        return sources.stream().distinct().collect(Collectors.toMap(Function.identity(),
                s -> found.getOrDefault(key.apply(s), List.of())));
    }
}
