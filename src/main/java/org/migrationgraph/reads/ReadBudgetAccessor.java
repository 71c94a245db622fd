package org.migrationgraph.reads;

import io.micrometer.context.ThreadLocalAccessor;

/**
 * Lets Micrometer's context propagation, which Spring for GraphQL uses around every data fetcher
 * and DataLoader batch, carry a request's {@link ReadBudget} from its GraphQLContext to the
 * thread that runs the read. Registered through {@code META-INF/services}, as the library
 * documents, so no bean changes JVM-wide state.
 */
public final class ReadBudgetAccessor implements ThreadLocalAccessor<ReadBudget> {

    @Override
    public Object key() {
        return ReadBudget.CONTEXT_KEY;
    }

    @Override
    public ReadBudget getValue() {
        return ReadBudget.CURRENT.get();
    }

    @Override
    public void setValue(ReadBudget value) {
        ReadBudget.CURRENT.set(value);
    }

    @Override
    public void setValue() {
        ReadBudget.CURRENT.remove();
    }
}
