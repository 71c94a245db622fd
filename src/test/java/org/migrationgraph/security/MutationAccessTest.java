package org.migrationgraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.parser.Parser;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The check on a real graphql-java engine whose schema has a mutation (the service's has none yet). */
class MutationAccessTest {

    private static final String SCHEMA = "type Query { a: Int } type Mutation { touch: Int }";

    private static ExecutionResult run(ApiKeys keys, Caller caller, String document) {
        GraphQL graphQl = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA),
                RuntimeWiring.newRuntimeWiring().type("Mutation", t -> t.dataFetcher("touch", env -> 1)).build()))
                .instrumentation(new MutationAccess(new StaticListableBeanFactory(Map.of("keys", keys)).getBeanProvider(ApiKeys.class))).build();
        ExecutionInput input = ExecutionInput.newExecutionInput(document).build();
        if (caller != null) {
            input.getGraphQLContext().put(Caller.class, caller);
        }
        return graphQl.execute(input);
    }

    private static final ApiKeys NO_KEYS = new ApiKeys(new SecurityProperties(List.of(), false));

    @Test
    void shouldSayWritesAreOffAndHowToTurnThemOnWhenNoKeyIsConfigured() {
        ExecutionResult result = run(NO_KEYS, Caller.of(null, "127.0.0.1"), "mutation { touch }");

        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", "UNAUTHENTICATED");
            assertThat(error.getMessage()).startsWith("Writes are off").contains("migration-graph.security.keys", "editor role");
        });
        assertThat((Object) result.getData()).isNull();
    }

    @Test
    void shouldRunAnEditorsMutation() {
        Caller editor = Caller.of(new ApiKeyAuthentication("curators", Set.of(Role.EDITOR), null), "127.0.0.1");

        assertThat(run(NO_KEYS, editor, "mutation { touch }").getErrors()).isEmpty();
    }

    @Test
    void shouldRefuseAMutationWhenNoCallerIsKnown() {
        assertThat(run(NO_KEYS, null, "mutation { touch }").getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "UNAUTHENTICATED"));
    }

    @Test
    void shouldLetQueriesThroughForAnyone() {
        assertThat(run(NO_KEYS, null, "{ a }").getErrors()).isEmpty();
    }

    @Test
    void shouldFindTheOperationThatWillRun() {
        var document = Parser.parse("query Q { a } mutation M { touch }");

        assertThat(MutationAccess.isMutation(document, "M")).isTrue();
        assertThat(MutationAccess.isMutation(document, "Q")).isFalse();
        assertThat(MutationAccess.isMutation(Parser.parse("mutation { touch }"), null)).isTrue();
        assertThat(MutationAccess.isMutation(Parser.parse("{ a }"), null)).isFalse();
    }
}
