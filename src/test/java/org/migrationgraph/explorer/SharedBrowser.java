package org.migrationgraph.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.migrationgraph.testsupport.Browser;

/**
 * One headless Chromium per service for the whole test run, closed when the run ends (the root
 * store closes what it holds): starting and closing one costs about 1.7 s on 2 cores, once per
 * class before. When a test fails, what the browser showed is saved under
 * target/explorer-screenshots/; a screenshot after every test cost 0.1-0.6 s each.
 */
final class SharedBrowser implements BeforeAllCallback, TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedBrowser.class);

    /** What a test class gives and takes: the port of its service, and the browser on it. */
    interface User {
        int servicePort();

        void use(Browser browser);

        Browser browser();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        User user = (User) context.getRequiredTestInstance();
        user.use(context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent("browser:" + user.servicePort(), key -> start(user.servicePort()), Browser.class));
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Browser browser = ((User) context.getRequiredTestInstance()).browser();
        if (browser != null) {
            try {
                browser.screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
            } catch (RuntimeException | IOException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    private static Browser start(int port) {
        try {
            return Browser.start(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
