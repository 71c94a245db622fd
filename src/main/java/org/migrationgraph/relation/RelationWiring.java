package org.migrationgraph.relation;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import org.migrationgraph.api.OffsetCursor;
import org.migrationgraph.entity.EntityView;
import org.migrationgraph.entity.EntityWiring;
import org.migrationgraph.entity.Projection;
import org.migrationgraph.vocabulary.Vocabulary;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Wires Entity.relations on every entity type to a DataLoader, so that however many entities a
 * query lists, their relations are read in one statement per nesting level.
 */
@Component
class RelationWiring implements RuntimeWiringConfigurer {

    static final String LOADER = "relations";

    private final Vocabulary vocabulary;

    RelationWiring(BatchLoaderRegistry registry, RelationRepository relations, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        registry.forTypePair(RelationKey.class, RelationConnection.class).withName(LOADER)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> relations.load(keys)));
    }

    /**
     * A typed list field (Meeting.speakers, Framework.objectives) as the other ends of some
     * relation types, through the same DataLoader as relations: still one statement per level.
     */
    private static DataFetcher<CompletableFuture<List<EntityView>>> related(List<String> types, List<String> kinds) {
        RelationFilter filter = new RelationFilter(types, null, kinds, OffsetCursor.MAX_PAGE_SIZE, 0, Projection.FULL);
        return env -> env.<RelationKey, RelationConnection>getDataLoader(LOADER)
                .load(new RelationKey(((EntityView) env.getSource()).id(), filter))
                .thenApply(page -> page.edges().stream().map(RelationEdge::node).distinct().toList());
    }

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        DataFetcher<CompletableFuture<RelationConnection>> fetcher = env -> {
            EntityView entity = env.getSource();
            vocabulary.requireRelationTypes("types", env.getArgument("types"));
            vocabulary.requireKinds("kinds", env.getArgument("kinds"));
            RelationFilter filter = new RelationFilter(env.getArgument("types"), env.getArgument("direction"),
                    env.getArgument("kinds"), OffsetCursor.pageSize(env.getArgument("first")),
                    OffsetCursor.startAfter(env.getArgument("after")), Projection.of(env, "edges", "edges/node"));
            return env.<RelationKey, RelationConnection>getDataLoader(LOADER).load(new RelationKey(entity.id(), filter));
        };
        for (String type : EntityWiring.entityTypeNames()) {
            builder.type(type, t -> t.dataFetcher("relations", fetcher));
        }
        builder.type("Meeting", t -> t
                .dataFetcher("speakers", related(List.of("TOOK_THE_FLOOR_AT", "DELIVERED_REMARKS_AT"), null))
                .dataFetcher("statements", related(List.of("MADE_AT", "ADOPTED"), List.of("Statement"))));
        builder.type("Framework", t -> t.dataFetcher("objectives", related(List.of("PART_OF"), List.of("Objective"))));
    }

}
