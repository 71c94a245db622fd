package org.migrationgraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationgraph.testsupport.Browser;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The explorer's end-to-end tests: one headless Chromium for every class against the shared
 * running service ({@link SharedBrowser}). Any console error fails the test; a failing test
 * leaves a screenshot.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedBrowser.class)
abstract class BrowserTest extends GraphIntegrationTest implements SharedBrowser.User {

    @LocalServerPort
    int port;

    Browser browser;

    private Predicate<String> allowedConsoleErrors = message -> false;

    @Override
    public int servicePort() {
        return port;
    }

    @BeforeAll
    void useTheSharedBrowser(Browser shared) {
        browser = shared;
    }

    @BeforeEach
    void resetBrowser() {
        allowedConsoleErrors = message -> false;
        browser.resize(1280, 800);
        browser.consoleErrors(message -> true);
    }

    @AfterEach
    void checkConsole() {
        assertThat(browser.consoleErrors(allowedConsoleErrors)).as("browser console errors").isEmpty();
    }

    /** A test that provokes a failure on purpose allows the console line the browser writes for it. */
    void allowConsoleErrors(Predicate<String> allowed) {
        allowedConsoleErrors = allowed;
    }

    /** Types into the header's search box and chooses the suggestion whose text contains {@code pick}. */
    void searchAndChoose(String text, String pick) {
        WebElement input = browser.find("header input[role=combobox]");
        input.clear();
        input.sendKeys(text);
        browser.await().until(d -> browser.findAll("header [role=option]").stream().anyMatch(o -> o.getText().contains(pick)));
        browser.findAll("header [role=option]").stream().filter(o -> o.getText().contains(pick)).findFirst().orElseThrow().click();
        browser.waitUntilIdle();
    }

    /** The number of entities drawn in the graph view. */
    int drawnNodes() {
        WebElement canvas = browser.find(".graph");
        browser.await().until(d -> canvas.getDomAttribute("data-nodes") != null);
        return Integer.parseInt(canvas.getDomAttribute("data-nodes"));
    }

    /**
     * Points at a place in the drawing given as an offset from its centre, worked out from the
     * drawing's own box in the window: WebDriver's offsets from an element count from the centre
     * of the part in view, which is not the drawing's centre when part of it lies below the window.
     */
    org.openqa.selenium.interactions.Actions pointInDrawing(java.util.Map<String, Number> offsetFromCentre) {
        WebElement canvas = browser.find(".graph");
        browser.script("arguments[0].scrollIntoView({block: 'center'});", canvas);
        @SuppressWarnings("unchecked")
        java.util.Map<String, Number> box = (java.util.Map<String, Number>) browser.script(
                "const r = arguments[0].getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 };", canvas);
        return new org.openqa.selenium.interactions.Actions(browser.driver()).moveToLocation(
                (int) Math.round(box.get("x").doubleValue() + offsetFromCentre.get("x").doubleValue()),
                (int) Math.round(box.get("y").doubleValue() + offsetFromCentre.get("y").doubleValue()));
    }
}
