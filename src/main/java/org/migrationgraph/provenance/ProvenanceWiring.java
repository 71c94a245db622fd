package org.migrationgraph.provenance;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import org.migrationgraph.entity.EntityView;
import org.migrationgraph.entity.EntityWiring;
import org.migrationgraph.entity.ParagraphView;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Entity.mentionedIn on every entity type, through one DataLoader: one statement per level. */
@Component
class ProvenanceWiring implements RuntimeWiringConfigurer {

    private static final String LOADER = "mentionedIn";

    @SuppressWarnings({"unchecked", "rawtypes"})
    ProvenanceWiring(BatchLoaderRegistry registry, ProvenanceRepository provenance) {
        registry.forTypePair(String.class, (Class<List<ParagraphView>>) (Class) List.class).withName(LOADER)
                .registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> provenance.mentionedIn(ids)));
    }

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        DataFetcher<CompletableFuture<List<ParagraphView>>> fetcher = env ->
                env.<String, List<ParagraphView>>getDataLoader(LOADER).load(((EntityView) env.getSource()).id());
        for (String type : EntityWiring.entityTypeNames()) {
            builder.type(type, t -> t.dataFetcher("mentionedIn", fetcher));
        }
    }
}
