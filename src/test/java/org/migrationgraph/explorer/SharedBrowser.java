package org.migrationgraph.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.migrationgraph.testsupport.Browser;

/**
 * One headless Chromium per service for the whole test run, given to a class's {@code @BeforeAll}
 * as a {@link Browser} parameter and closed when the run ends (the root store closes what it
 * holds): starting and closing one costs about 1.7 s on 2 cores, once per class before. When a
 * test fails, what the browser showed is saved under target/explorer-screenshots/; a screenshot
 * after every test cost 0.1-0.6 s each.
 * <p>
 * The browser is started in {@link #beforeAll}, not while resolving the parameter: JUnit turns
 * whatever a resolver throws into an error, so a machine without Chromium would fail the class
 * instead of skipping it as {@link Browser#start(int)} asks.
 */
final class SharedBrowser implements BeforeAllCallback, ParameterResolver, TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedBrowser.class);

    /** A test class using the browser: the port of the service it drives. */
    interface User {
        int servicePort();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        int port = portOf(context);
        store(context).computeIfAbsent(key(port), key -> start(port), Browser.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return started(context);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        try {
            started(context).screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
        } catch (RuntimeException | IOException e) {
            failure.addSuppressed(e);
        }
        throw failure;
    }

    /** The browser {@link #beforeAll} started for this class's service. */
    private static Browser started(ExtensionContext context) {
        return store(context).get(key(portOf(context)), Browser.class);
    }

    private static int portOf(ExtensionContext context) {
        return ((User) context.getRequiredTestInstance()).servicePort();
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE);
    }

    private static String key(int port) {
        return "browser:" + port;
    }

    private static Browser start(int port) {
        try {
            return Browser.start(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
