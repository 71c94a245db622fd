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
import org.migrationgraph.support.Redirects;
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

    /** Merges followed at most this many times: a chain longer than that is a curation mistake, not a redirect. */
    static final int MAX_REDIRECTS = 10;

    /**
     * An unknown id answers null. A merged one (deleted with replacedBy) answers the entity that
     * replaced it, following further merges, and the answer's extensions.redirects says so (docs/ids.md).
     * One deleted without a replacement answers null with a DELETED error saying when.
     */
    @QueryMapping
    EntityView node(@Argument String id, DataFetchingEnvironment env) {
        EntityView found = entities.findByIds(List.of(id)).get(id);
        return found != null ? found : followed(id, env.getGraphQlContext(), env.getExecutionStepInfo().getPath().toList());
    }

    /** The entity a merged id now answers to, recorded as a redirect; null for an unknown id; DELETED for a plain deletion. */
    private EntityView followed(String id, graphql.GraphQLContext context, List<Object> path) {
        String current = id;
        for (int hops = 0; hops < MAX_REDIRECTS; hops++) {
            DeletedEntityView deleted = entities.tombstones(List.of(current)).get(current);
            if (deleted == null) {
                return null;
            }
            if (deleted.replacedById() == null) {
                throw deletedError(deleted);
            }
            current = deleted.replacedById();
            EntityView found = entities.findByIds(List.of(current)).get(current);
            if (found != null) {
                Redirects.record(context, id, found.id(), path);
                return found;
            }
        }
        return null;
    }

    /**
     * With asRecordedOn, the entity as the graph recorded it then (null if it did not exist yet),
     * its relations read from the same moment (RecordedMoment finds it on this field).
     */
    @QueryMapping
    DataFetcherResult<EntityView> entity(@Argument String id, @Argument String asRecordedOn, DataFetchingEnvironment env) {
        if (asRecordedOn == null) {
            return DataFetcherResult.<EntityView>newResult().data(node(id, env)).build();
        }
        EntityView then = entities.findByIds(List.of(id), asRecordedOn).get(id);
        return DataFetcherResult.<EntityView>newResult().data(then).build();
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
        List<GraphQLError> errors = new java.util.ArrayList<>();
        List<EntityView> answers = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            EntityView entity = found.get(ids.get(i));
            if (entity == null) {
                var path = env.getExecutionStepInfo().getPath().segment(i);
                try {
                    entity = followed(ids.get(i), env.getGraphQlContext(), path.toList());
                } catch (ApiException error) {
                    errors.add(GraphqlErrorBuilder.newError(env).path(path)
                            .errorType(org.springframework.graphql.execution.ErrorType.NOT_FOUND).message(error.getMessage())
                            .extensions(withCode(error)).build());
                }
            }
            answers.add(entity);
        }
        return DataFetcherResult.<List<EntityView>>newResult().data(answers).errors(errors).build();
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
