package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.migrationgraph.web.InstrumentationChain.FieldHookSkippingChain;

/** The chain on a schema of three fields: per-field hooks skipped only where no instrumentation has one. */
class InstrumentationChainTest {

    private static final String SDL = "type Query { a: String b: [Item] } type Item { c: String }";

    /** Counts requests, as QueryLimits and the request observations work: once per operation. */
    static final class PerRequest extends SimplePerformantInstrumentation {
        final AtomicInteger operations = new AtomicInteger();

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                            InstrumentationState state) {
            operations.incrementAndGet();
            return SimpleInstrumentationContext.noOp();
        }
    }

    /** Counts fields executed and completed. */
    static final class PerField extends SimplePerformantInstrumentation {
        final AtomicInteger executed = new AtomicInteger();
        final AtomicInteger completed = new AtomicInteger();

        @Override
        public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters, InstrumentationState state) {
            executed.incrementAndGet();
            return SimpleInstrumentationContext.noOp();
        }

        @Override
        public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
                                                                   InstrumentationState state) {
            completed.incrementAndGet();
            return SimpleInstrumentationContext.noOp();
        }
    }

    /** Upper-cases what every fetcher answers: the data fetcher hook, which the chain always keeps. */
    static final class Shouting extends SimplePerformantInstrumentation {
        @Override
        public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                    InstrumentationState state) {
            return env -> {
                Object value = fetcher.get(env);
                return value instanceof String text ? text.toUpperCase() : value;
            };
        }
    }

    private static Map<String, Object> run(Instrumentation instrumentation) {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", t -> t.dataFetcher("a", env -> "one").dataFetcher("b", env -> List.of(Map.of("c", "x"), Map.of("c", "y"))))
                .build();
        GraphQL graphQl = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring))
                .instrumentation(instrumentation).build();
        ExecutionResult result = graphQl.execute("{ a b { c } }");
        assertThat(result.getErrors()).isEmpty();
        return result.getData();
    }

    @Test
    void shouldSkipFieldHooksWhenOnlyRequestHooksAreImplemented() {
        PerRequest first = new PerRequest();
        PerRequest second = new PerRequest();
        FieldHookSkippingChain chain = new FieldHookSkippingChain(List.of(first, second));

        assertThat(run(chain)).isEqualTo(Map.of("a", "one", "b", List.of(Map.of("c", "x"), Map.of("c", "y"))));
        assertThat(chain.skipsFieldHooks()).isTrue();
        assertThat(chain.beginFieldExecution(null, null)).isSameAs(SimpleInstrumentationContext.noOp());
        assertThat(first.operations).hasValue(1);
        assertThat(second.operations).hasValue(1);
    }

    @Test
    void shouldCallFieldHooksAnInstrumentationImplements() {
        PerField perField = new PerField();
        FieldHookSkippingChain chain = new FieldHookSkippingChain(List.of(new PerRequest(), perField));

        run(chain);

        assertThat(chain.skipsFieldHooks()).isFalse();
        // a, b, and c in each of b's two items
        assertThat(perField.executed).hasValue(4);
        assertThat(perField.completed).hasValue(4);
    }

    @Test
    void shouldKeepTheDataFetcherHook() {
        FieldHookSkippingChain chain = new FieldHookSkippingChain(List.of(new PerRequest(), new Shouting()));

        assertThat(run(chain)).isEqualTo(Map.of("a", "ONE", "b", List.of(Map.of("c", "X"), Map.of("c", "Y"))));
        assertThat(chain.skipsFieldHooks()).isTrue();
    }
}
