package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AbortExecutionException;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

/** The wall clock stops an execution between fields once the time is up, with one error. */
class WallClockTest {

    @Test
    void shouldResolveNoFurtherFieldOnceTheDeadlineHasPassed() {
        AtomicInteger resolved = new AtomicInteger();
        var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
                type Query { items: [Item!]! }
                type Item { slow: Int }
                """), RuntimeWiring.newRuntimeWiring()
                .type("Query", t -> t.dataFetcher("items", env -> IntStream.range(0, 20).boxed().toList()))
                .type("Item", t -> t.dataFetcher("slow", env -> {
                    Thread.sleep(50);
                    return resolved.incrementAndGet();
                }))
                .build());
        WallClock clock = new WallClock();
        try {
            ExecutionInput input = ExecutionInput.newExecutionInput("{ items { slow } }").build();
            clock.cancelAfter(input, Duration.ofMillis(200));

            ExecutionResult result = GraphQL.newGraphQL(schema).build().execute(input);

            assertThat(resolved.get()).isLessThan(20);
            assertThat(result.getErrors()).singleElement().isInstanceOf(AbortExecutionException.class);
        } finally {
            clock.destroy();
        }
    }

    @Test
    void shouldLeaveARequestThatFinishesInTimeAlone() {
        var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("type Query { hello: String }"),
                RuntimeWiring.newRuntimeWiring().type("Query", t -> t.dataFetcher("hello", env -> "world")).build());
        WallClock clock = new WallClock();
        try {
            ExecutionInput input = ExecutionInput.newExecutionInput("{ hello }").build();
            var pending = clock.cancelAfter(input, Duration.ofSeconds(5));
            ExecutionResult result = GraphQL.newGraphQL(schema).build().execute(input);
            pending.cancel(false);

            assertThat(result.getErrors()).isEmpty();
            assertThat(input.isCancelled()).isFalse();
            assertThat(List.of(result.getData().toString())).containsExactly("{hello=world}");
        } finally {
            clock.destroy();
        }
    }
}
