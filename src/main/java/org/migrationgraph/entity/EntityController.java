package org.migrationgraph.entity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import java.util.Objects;
import java.util.HashMap;
import org.migrationgraph.support.ApiException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Lookups by id, and the fields that need another read (batched: one statement per level). */
@Controller
class EntityController {

    static final int MAX_IDS = 100;

    private final EntityRepository entities;

    EntityController(EntityRepository entities) {
        this.entities = entities;
    }

    @QueryMapping
    EntityView node(@Argument String id) {
        return entities.findByIds(List.of(id)).get(id);
    }

    @QueryMapping
    EntityView entity(@Argument String id) {
        return node(id);
    }

    @QueryMapping
    List<EntityView> nodes(@Argument List<String> ids) {
        if (ids.size() > MAX_IDS) {
            throw ApiException.badInput("'ids' holds " + ids.size() + " ids; ask for at most " + MAX_IDS + " at a time.");
        }
        Map<String, EntityView> found = entities.findByIds(ids);
        return ids.stream().map(found::get).toList();
    }

    @BatchMapping(typeName = "Citation", field = "document")
    Map<CitationView, EntityView> document(List<CitationView> citations) {
        return byId(citations, CitationView::documentId, entities::findByIds);
    }

    @BatchMapping(typeName = "Citation", field = "reference")
    Map<CitationView, ReferenceView> reference(List<CitationView> citations) {
        return byId(citations, CitationView::referenceId, entities::referencesByIds);
    }

    /** Looks up, in one call, what each citation points at; citations pointing nowhere are left out. */
    private static <T> Map<CitationView, T> byId(List<CitationView> citations, Function<CitationView, String> id,
                                                Function<List<String>, Map<String, T>> lookup) {
        List<String> ids = citations.stream().map(id).filter(Objects::nonNull).distinct().toList();
        Map<String, T> found = ids.isEmpty() ? Map.of() : lookup.apply(ids);
        Map<CitationView, T> result = new HashMap<>();
        citations.forEach(c -> {
            T target = id.apply(c) == null ? null : found.get(id.apply(c));
            if (target != null) {
                result.put(c, target);
            }
        });
        return result;
    }
}
