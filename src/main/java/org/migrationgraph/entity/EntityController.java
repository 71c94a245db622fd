package org.migrationgraph.entity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import java.util.Objects;
import java.util.HashMap;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.migrationgraph.support.ApiException;
import org.migrationgraph.support.ErrorCode;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
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

    /** An unknown id answers null; a deleted one answers null with a DELETED error saying when and what replaced it. */
    @QueryMapping
    EntityView node(@Argument String id) {
        EntityView found = entities.findByIds(List.of(id)).get(id);
        if (found == null) {
            DeletedEntityView deleted = entities.tombstones(List.of(id)).get(id);
            if (deleted != null) {
                throw deletedError(deleted);
            }
        }
        return found;
    }

    @QueryMapping
    EntityView entity(@Argument String id) {
        return node(id);
    }

    @QueryMapping
    DeletedEntityView deletedEntity(@Argument String id) {
        return entities.tombstones(List.of(id)).get(id);
    }

    @SchemaMapping(typeName = "DeletedEntity")
    EntityView replacedBy(DeletedEntityView deleted) {
        return deleted.replacedById() == null ? null : entities.findByIds(List.of(deleted.replacedById())).get(deleted.replacedById());
    }

    @QueryMapping
    DataFetcherResult<List<EntityView>> nodes(@Argument List<String> ids, DataFetchingEnvironment env) {
        if (ids.size() > MAX_IDS) {
            throw ApiException.badInput("'ids' holds " + ids.size() + " ids; ask for at most " + MAX_IDS + " at a time.");
        }
        Map<String, EntityView> found = entities.findByIds(ids);
        List<String> missing = ids.stream().filter(id -> !found.containsKey(id)).distinct().toList();
        Map<String, DeletedEntityView> deleted = missing.isEmpty() ? Map.of() : entities.tombstones(missing);
        List<GraphQLError> errors = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            DeletedEntityView gone = deleted.get(ids.get(i));
            if (gone != null) {
                ApiException error = deletedError(gone);
                errors.add(GraphqlErrorBuilder.newError(env).path(env.getExecutionStepInfo().getPath().segment(i))
                        .errorType(org.springframework.graphql.execution.ErrorType.NOT_FOUND).message(error.getMessage())
                        .extensions(withCode(error)).build());
            }
        }
        return DataFetcherResult.<List<EntityView>>newResult().data(ids.stream().map(found::get).toList()).errors(errors).build();
    }

    private static ApiException deletedError(DeletedEntityView deleted) {
        Map<String, Object> extensions = new HashMap<>();
        extensions.put("id", deleted.id());
        extensions.put("deletedIn", deleted.revision());
        if (deleted.replacedById() != null) {
            extensions.put("replacedBy", deleted.replacedById());
        }
        return new ApiException(ErrorCode.DELETED, deleted.message(), extensions);
    }

    private static Map<String, Object> withCode(ApiException error) {
        Map<String, Object> extensions = new java.util.LinkedHashMap<>(error.extensions());
        extensions.put("code", error.code().name());
        extensions.put("classification", "NOT_FOUND");
        return extensions;
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
