package org.migrationgraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.migrationgraph.testsupport.Browser;
import org.migrationgraph.testsupport.CuratedGraphTest;

/**
 * The explorer's curator tests: one headless Chromium per class against the writable test
 * service, each test starting signed out. After every test a screenshot is saved and any console
 * error fails the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CuratorBrowserTest extends CuratedGraphTest {

    Browser browser;

    @BeforeAll
    void startBrowser() throws IOException {
        browser = Browser.start(port);
    }

    @BeforeEach
    void signedOut() {
        browser.open("/");
        browser.script("sessionStorage.clear()");
        browser.consoleErrors(message -> true);
    }

    @AfterEach
    void screenshotAndCheckConsole(TestInfo test) throws IOException {
        browser.screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
        assertThat(browser.consoleErrors(message -> false)).as("browser console errors").isEmpty();
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
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
