package org.migrationgraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationgraph.testsupport.Browser;
import org.migrationgraph.testsupport.CuratedGraphTest;

/**
 * The explorer's curator tests against the writable test service, each test starting signed
 * out, on a headless Chromium of their own ({@link SharedBrowser}). Any console error fails the
 * test; a failing test leaves a screenshot.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedBrowser.class)
abstract class CuratorBrowserTest extends CuratedGraphTest implements SharedBrowser.User {

    Browser browser;

    @Override
    public int servicePort() {
        return port;
    }

    @BeforeAll
    void useTheSharedBrowser(Browser shared) {
        browser = shared;
    }

    @BeforeEach
    void signedOut() {
        browser.open("/");
        browser.script("sessionStorage.clear()");
        browser.consoleErrors(message -> true);
    }

    @AfterEach
    void checkConsole() {
        assertThat(browser.consoleErrors(message -> false)).as("browser console errors").isEmpty();
    }

    /** Signs in from the header's account box, as a curator would. */
    void signIn(String key) {
        browser.find(".account summary").click();
        browser.find(".account input[name=key]").sendKeys(key);
        browser.find(".account button[type=submit]").click();
        browser.await().until(d -> !browser.findAll(".account .viewer").isEmpty());
        browser.waitUntilIdle();
    }
}
