package org.migrationgraph.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.migrationgraph.startup.WarmedUp;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts a test class against the shared service only once the service's start-up warm-up has
 * run: in a cold test JVM it takes 15-20 s of the two cores, and a class run alone sent its first
 * requests meanwhile (a browser page's query passed the service's read time limit; GraphQL
 * requests passed the tester's 5 s). In the whole suite the warm-up is long over by then.
 */
public final class AfterWarmUp implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        WarmedUp.await(SpringExtension.getApplicationContext(context));
    }
}
