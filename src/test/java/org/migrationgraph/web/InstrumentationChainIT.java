package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.instrumentation.Instrumentation;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.migrationgraph.web.InstrumentationChain.FieldHookSkippingChain;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * The running service executes through the field-hook-skipping chain, with every instrumentation
 * Spring would have chained (whose behaviour their own tests check through it), and none of them
 * needs a per-field hook.
 */
class InstrumentationChainIT extends GraphIntegrationTest {

    @Autowired
    GraphQlSource source;

    @Test
    void shouldChainEveryInstrumentationWithoutPerFieldHooks() {
        Instrumentation instrumentation = source.graphQl().getInstrumentation();

        assertThat(instrumentation).isInstanceOf(FieldHookSkippingChain.class);
        FieldHookSkippingChain chain = (FieldHookSkippingChain) instrumentation;
        assertThat(chain.getInstrumentations()).extracting(i -> i.getClass().getSimpleName())
                .contains("QueryLimits", "MutationAccess");
        assertThat(chain.getInstrumentations()).hasAtLeastOneElementOfType(GraphQlObservationInstrumentation.class);
        assertThat(chain.skipsFieldHooks()).isTrue();
    }
}
