package org.migrationgraph.provenance;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.migrationgraph.entity.EntityRepository;
import org.migrationgraph.entity.EntityView;
import org.migrationgraph.entity.ParagraphView;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** The document side of provenance: each paragraph's document, mentions and facts, batched. */
@Controller
class ProvenanceController {

    private final ProvenanceRepository provenance;
    private final EntityRepository entities;

    ProvenanceController(ProvenanceRepository provenance, EntityRepository entities) {
        this.provenance = provenance;
        this.entities = entities;
    }

    @BatchMapping(typeName = "Paragraph", field = "document")
    Map<ParagraphView, EntityView> document(List<ParagraphView> paragraphs) {
        Map<String, EntityView> documents = entities.findByIds(paragraphs.stream().map(ParagraphView::documentId).distinct().toList());
        return paragraphs.stream().distinct().collect(Collectors.toMap(Function.identity(), p -> documents.get(p.documentId())));
    }

    @BatchMapping(typeName = "Paragraph", field = "mentions")
    Map<ParagraphView, List<EntityView>> mentions(List<ParagraphView> paragraphs) {
        return byParagraph(paragraphs, provenance.mentions(ids(paragraphs)));
    }

    @BatchMapping(typeName = "Paragraph", field = "facts")
    Map<ParagraphView, List<FactView>> facts(List<ParagraphView> paragraphs) {
        return byParagraph(paragraphs, provenance.facts(ids(paragraphs)));
    }

    private static List<String> ids(List<ParagraphView> paragraphs) {
        return paragraphs.stream().map(ParagraphView::id).distinct().toList();
    }

    private static <T> Map<ParagraphView, List<T>> byParagraph(List<ParagraphView> paragraphs, Map<String, List<T>> byId) {
        return paragraphs.stream().distinct().collect(Collectors.toMap(Function.identity(), p -> byId.getOrDefault(p.id(), List.of())));
    }
}
