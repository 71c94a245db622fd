package org.migrationgraph.startup;

import java.util.concurrent.TimeUnit;

import org.springframework.context.ApplicationContext;

/**
 * Waits for the start-up warm-up of a service under test to finish, for tests whose first
 * requests must not share the two cores with it ({@code AfterWarmUp}): it takes 15-20 s in a
 * cold test JVM.
 */
public final class WarmedUp {

    private WarmedUp() {
    }

    /** Returns once the context's warm-up has run (at most a minute), or at once when it has none. */
    public static void await(ApplicationContext context) throws Exception {
        for (WarmUp warmUp : context.getBeansOfType(WarmUp.class).values()) {
            warmUp.report().get(60, TimeUnit.SECONDS);
        }
    }
}
