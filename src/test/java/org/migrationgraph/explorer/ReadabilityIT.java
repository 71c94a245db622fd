package org.migrationgraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationgraph.testsupport.Readability;
import org.migrationgraph.testsupport.Readability.Figures;

/**
 * Labels never collide at the default zoom (issue: coordination networks people can read): in
 * the default coordination, entity and path views, on a desktop and on a phone, no painted label
 * overlaps another label or another entity, measured from Cytoscape's own state by
 * label-overlaps.js, while enough names stay painted to read the drawing.
 */
class ReadabilityIT extends BrowserTest {

    @AfterEach
    void windowSizeAgain() {
        Readability.resetViewport(browser);
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({
            "/?view=coordination, 1400, 900, 30",
            "/?view=coordination, 390, 844, 5",
            "/?id=state:PHL, 1400, 900, 8",
            "/?id=state:PHL, 390, 844, 5",
            "/?view=path&from=state:DEU&to=framework:gcm, 1400, 900, 5",
            "/?view=path&from=state:DEU&to=framework:gcm, 390, 844, 5",
    })
    void shouldPaintNoLabelOverAnotherLabelOrEntityAtTheDefaultZoom(String path, int width, int height, int atLeast) {
        Readability.viewport(browser, width, height);

        Figures figures = Readability.measure(browser, path);

        assertThat(figures.labelOverlaps()).as("labels painted over labels").isZero();
        assertThat(figures.labelsOverNodes()).as("labels painted over other entities").isZero();
        assertThat(figures.labels()).as("labels painted").isGreaterThanOrEqualTo(atLeast);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/?id=state:PHL", "/?view=path&from=state:DEU&to=framework:gcm"})
    void shouldNotBlowASmallGraphUpPastTheZoomCap(String path) {
        Readability.viewport(browser, 1400, 900);

        assertThat(Readability.measure(browser, path).zoom()).isLessThanOrEqualTo(1.4);
    }

    @org.junit.jupiter.api.Test
    void shouldPaintMoreNamesWhenTheReaderZoomsInAndStillNoneOverlapping() {
        Readability.viewport(browser, 1400, 900);
        Figures before = Readability.measure(browser, "/?view=coordination");

        browser.script("const cy = arguments[0]._cyreg.cy; cy.zoom({ level: cy.zoom() * 2.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });",
                browser.find(".graph"));
        // Names are placed again shortly after the zoom settles; the graph notes the zoom it placed them for.
        browser.await().until(d -> Boolean.TRUE.equals(browser.script(
                "const g = arguments[0]; return Number(g.dataset.labelZoom) === g._cyreg.cy.zoom();", browser.find(".graph"))));
        Figures zoomed = Readability.count(browser);

        assertThat(zoomed.collisions()).isZero();
        assertThat(zoomed.zoom()).isGreaterThan(before.zoom() * 2);
        assertThat(zoomed.labels()).as("names painted on the sixth of the drawing now on screen").isGreaterThanOrEqualTo(10);
    }
}
