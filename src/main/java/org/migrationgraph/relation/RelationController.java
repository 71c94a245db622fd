package org.migrationgraph.relation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.migrationgraph.entity.EntityView;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.asrecorded.RecordedMoment;
import org.migrationgraph.support.OffsetCursor;
import org.migrationgraph.validtime.ValidTime;
import org.migrationgraph.vocabulary.Vocabulary;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * An entity's relations, and the typed lists made of them (Meeting.speakers, Meeting.statements,
 * Framework.objectives), all through one DataLoader: however many entities a query lists, their
 * relations are read in one statement per nesting level and filter, or none when the list's own
 * statement read them ({@link ListedRelations} primes the DataLoader).
 */
@Controller
class RelationController {

    private final Vocabulary vocabulary;

    RelationController(BatchLoaderRegistry registry, RelationRepository relations, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        registry.forTypePair(RelationKey.class, RelationConnection.class)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> relations.load(keys)));
    }

    /**
     * Mapped on the interface: Spring fans it out to every type that implements Entity. The
     * arguments are read from the environment, as ListedRelations reads them from the list's
     * selection, rather than bound one by one for every entity of a page (Spring's binding was a
     * tenth of a nested page's CPU samples, docs/benchmarks.md).
     */
    @SchemaMapping(typeName = "Entity")
    CompletableFuture<RelationConnection> relations(EntityView entity, DataFetchingEnvironment env, DataLoader<RelationKey, RelationConnection> loader) {
        Map<String, Object> arguments = env.getArguments();
        RelationFilter filter = RelationFilter.of(arguments, RelationSelection.of(env),
                RecordedMoment.of((String) arguments.get("asRecordedOn"), env), vocabulary);
        return loader.load(new RelationKey(entity.id(), filter));
    }

    @SchemaMapping(typeName = "Meeting")
    CompletableFuture<List<EntityView>> speakers(EntityView meeting, DataLoader<RelationKey, RelationConnection> loader) {
        return related(meeting, List.of("TOOK_THE_FLOOR_AT", "DELIVERED_REMARKS_AT"), null, loader);
    }

    @SchemaMapping(typeName = "Meeting")
    CompletableFuture<List<EntityView>> statements(EntityView meeting, DataLoader<RelationKey, RelationConnection> loader) {
        return related(meeting, List.of("MADE_AT", "ADOPTED"), List.of("Statement"), loader);
    }

    @SchemaMapping(typeName = "Framework")
    CompletableFuture<List<EntityView>> objectives(EntityView framework, DataLoader<RelationKey, RelationConnection> loader) {
        return related(framework, List.of("PART_OF"), List.of("Objective"), loader);
    }

    /** The distinct other ends of some relation types, read through the same DataLoader as relations. */
    private static CompletableFuture<List<EntityView>> related(EntityView entity, List<String> types, List<String> kinds,
                                                              DataLoader<RelationKey, RelationConnection> loader) {
        RelationFilter filter = new RelationFilter(types, null, kinds, OffsetCursor.MAX_PAGE_SIZE, RelationCursor.after(null), Projection.FULL,
                false, ValidTime.ALWAYS, null);
        return loader.load(new RelationKey(entity.id(), filter))
                .thenApply(page -> page.edges().stream().map(RelationEdge::node).distinct().toList());
    }
}
