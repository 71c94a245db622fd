package org.migrationgraph.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;

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
 */
final class SharedBrowser implements ParameterResolver, TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedBrowser.class);

    /** A test class using the browser: the port of the service it drives. */
    interface User {
        int servicePort();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browserFor(context);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        try {
            browserFor(context).screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
        } catch (RuntimeException | IOException e) {
            failure.addSuppressed(e);
        }
        throw failure;
    }

    private static Browser browserFor(ExtensionContext context) {
        int port = ((User) context.getRequiredTestInstance()).servicePort();
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent("browser:" + port, key -> start(port), Browser.class);
    }

    private static Browser start(int port) {
        try {
            return Browser.start(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
