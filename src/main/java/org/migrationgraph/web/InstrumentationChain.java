package org.migrationgraph.web;

import java.lang.reflect.Method;
import java.util.List;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The same instrumentations Spring for GraphQL chains (the Instrumentation beans, in their
 * order), chained without the per-field hooks none of them implements. graphql-java calls hooks
 * for every field in an answer (its execution, fetching and completion; a list's completion; an
 * object's execution), and the chain asks each instrumentation at each one and collects what
 * they return: 6% of the CPU of a 2-deep neighbourhood of 155 entities, although every
 * instrumentation here (request observations, QueryLimits, security.MutationAccess) works once
 * per request, and the observations' data fetcher hook (kept) only for non-trivial fields.
 */
@Configuration(proxyBeanMethods = false)
class InstrumentationChain {

    /** Replaces the chain Spring built from the same beans, so what each instrumentation sees is unchanged. */
    @Bean
    GraphQlSourceBuilderCustomizer fieldHookSkippingChain(ObjectProvider<Instrumentation> instrumentations) {
        return builder -> builder.configureGraphQl(graphQl -> {
            List<Instrumentation> all = instrumentations.orderedStream().toList();
            if (!all.isEmpty()) {
                graphQl.instrumentation(new FieldHookSkippingChain(all));
            }
        });
    }

    /**
     * A hook is skipped, answered with graphql-java's no-op context, only when no instrumentation
     * in the chain declares it: one that does (an observation of every field, say) is called as in
     * graphql-java's own chain.
     */
    static final class FieldHookSkippingChain extends ChainedInstrumentation {

        private final boolean fieldExecution;
        private final boolean fieldFetching;
        private final boolean fieldCompletion;
        private final boolean fieldListCompletion;
        private final boolean executeObject;

        FieldHookSkippingChain(List<Instrumentation> instrumentations) {
            super(instrumentations);
            fieldExecution = anyDeclares(instrumentations, "beginFieldExecution", InstrumentationFieldParameters.class);
            // Instrumentation's default beginFieldFetching calls the older beginFieldFetch.
            fieldFetching = anyDeclares(instrumentations, "beginFieldFetching", InstrumentationFieldFetchParameters.class)
                    || anyDeclares(instrumentations, "beginFieldFetch", InstrumentationFieldFetchParameters.class);
            fieldCompletion = anyDeclares(instrumentations, "beginFieldCompletion", InstrumentationFieldCompleteParameters.class);
            fieldListCompletion = anyDeclares(instrumentations, "beginFieldListCompletion", InstrumentationFieldCompleteParameters.class);
            executeObject = anyDeclares(instrumentations, "beginExecuteObject", InstrumentationExecutionStrategyParameters.class);
        }

        /** Whether every per-field hook is skipped: none of the chain's instrumentations implements one. */
        boolean skipsFieldHooks() {
            return !(fieldExecution || fieldFetching || fieldCompletion || fieldListCompletion || executeObject);
        }

        /** Whether any of them implements the hook, rather than inheriting graphql-java's no-op. */
        static boolean anyDeclares(List<Instrumentation> instrumentations, String hook, Class<?> parameters) {
            return instrumentations.stream().anyMatch(instrumentation -> {
                try {
                    Method method = instrumentation.getClass().getMethod(hook, parameters, InstrumentationState.class);
                    Class<?> owner = method.getDeclaringClass();
                    return owner != Instrumentation.class && owner != SimplePerformantInstrumentation.class;
                } catch (NoSuchMethodException e) {
                    return true;   // a hook graphql-java renamed: keep calling the chain rather than guess
                }
            });
        }

        @Override
        public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters, InstrumentationState state) {
            return fieldExecution ? super.beginFieldExecution(parameters, state) : SimpleInstrumentationContext.noOp();
        }

        @Override
        public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
                                                                      InstrumentationState state) {
            return fieldFetching ? super.beginFieldFetching(parameters, state) : FieldFetchingInstrumentationContext.NOOP;
        }

        @Override
        public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
                                                                   InstrumentationState state) {
            return fieldCompletion ? super.beginFieldCompletion(parameters, state) : SimpleInstrumentationContext.noOp();
        }

        @Override
        public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
                                                                       InstrumentationState state) {
            return fieldListCompletion ? super.beginFieldListCompletion(parameters, state) : SimpleInstrumentationContext.noOp();
        }

        @Override
        public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
                                                                      InstrumentationState state) {
            return executeObject ? super.beginExecuteObject(parameters, state) : ExecuteObjectInstrumentationContext.NOOP;
        }
    }
}
