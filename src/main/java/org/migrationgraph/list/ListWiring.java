package org.migrationgraph.list;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import org.migrationgraph.entity.Projection;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/** The per-kind list queries (memberStates, meetings, ...): one fetcher, the kind fixed by the field. */
@Component
class ListWiring implements RuntimeWiringConfigurer {

    static final Map<String, String> KIND_BY_FIELD = Map.of(
            "memberStates", "MemberState", "organizations", "Organization", "frameworks", "Framework",
            "objectives", "Objective", "initiatives", "Initiative", "meetings", "Meeting", "regions", "Region",
            "topics", "Topic", "statements", "Statement", "documents", "Document");

    private final ListController lists;

    ListWiring(ListController lists) {
        this.lists = lists;
    }

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.type("Query", type -> {
            KIND_BY_FIELD.forEach((field, kind) -> type.dataFetcher(field, fetcher(kind)));
            return type;
        });
    }

    private DataFetcher<EntityConnection> fetcher(String kind) {
        return env -> lists.list(kind, env.getArgument("where"), env.<List<Map<String, Object>>>getArgument("orderBy"),
                env.getArgument("first"), env.getArgument("after"), Projection.of(env.getSelectionSet(), null, "nodes", "edges/node"));
    }
}
