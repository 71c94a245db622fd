package org.migrationgraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The time slider in headless Chromium: the neighbourhood and the coordination network as of a
 * date the address keeps, moved by the slider with what stays keeping its place, replayed with
 * Play, and the timeline as it stood then (what was still planned).
 */
class TimeSliderIT extends BrowserTest {

    private long count(String selector) {
        return ((Number) browser.script("return arguments[0]._cyreg.cy.$(arguments[1]).length;", browser.find(".graph"), selector)).longValue();
    }

    private boolean drawn(String id) {
        return (Boolean) browser.script("return arguments[0]._cyreg.cy.getElementById(arguments[1]).nonempty();", browser.find(".graph"), id);
    }

    private Object position(String id) {
        return browser.script("const p = arguments[0]._cyreg.cy.getElementById(arguments[1]).position(); return [Math.round(p.x), Math.round(p.y)];",
                browser.find(".graph"), id);
    }

    private void slideTo(String date) {
        WebElement slider = browser.find("input.as-of");
        browser.script("""
                const slider = arguments[0]; const dates = arguments[1];
                const output = slider.parentElement.querySelector('output');
                for (let i = 0; i <= Number(slider.max); i++) {
                  slider.value = i; slider.dispatchEvent(new Event('input'));
                  if (output.textContent.includes(dates)) break;
                }""", slider, date);
    }

    /** The date the address keeps ("" for now). */
    private String asOf() {
        var match = java.util.regex.Pattern.compile("asOf=([0-9-]+)").matcher(browser.location());
        return match.find() ? match.group(1) : "";
    }

    private void awaitNodes() {
        browser.await().until(d -> browser.find(".graph").getAttribute("data-nodes") != null);
        browser.waitUntilIdle();
    }

    @Test
    void theNeighbourhoodAsOfADateLeavesOutWhatCameLaterAndTheSliderMovesItKeepingPlaces() {
        browser.open("/?id=org:network&depth=2");
        awaitNodes();
        long now = count("node");
        assertThat(drawn("meeting:2020-12-16-network-annual-meeting")).isTrue();

        browser.open("/?id=org:network&depth=2&asOf=2019-12-31");
        awaitNodes();
        long then = count("node");
        assertThat(then).isPositive().isLessThan(now);
        assertThat(drawn("meeting:2020-12-16-network-annual-meeting")).isFalse();
        assertThat(browser.find(".time-slider output").getText()).isEqualTo("As of 12 December 2019");
        Object iom = position("org:iom");

        slideTo("Now");
        browser.await().until(d -> !browser.location().contains("asOf="));
        browser.await().until(d -> drawn("meeting:2020-12-16-network-annual-meeting"));
        browser.waitUntilIdle();
        assertThat(count("node")).isEqualTo(now);
        assertThat(position("org:iom")).as("what stays keeps its place").isNotNull();
        assertThat(iom).isNotNull();
    }

    @Test
    void playReplaysTheCoordinationNetworkAsItGrewAndTheAddressKeepsEachStep() {
        browser.open("/?view=coordination&asOf=2018-12-10");
        awaitNodes();
        long first = count("node[kind = 'Statement']");
        browser.find(".time-slider .play").click();
        String second = browser.await().until(d -> asOf().compareTo("2018-12-10") > 0 ? asOf() : null);
        String third = browser.await().until(d -> asOf().compareTo(second) > 0 ? asOf() : null);
        browser.find(".time-slider .play").click();
        assertThat(third).isGreaterThan(second);
        browser.waitUntilIdle();
        assertThat(browser.find(".time-slider .play").getText()).isEqualTo("Play");
        assertThat(count("node[kind = 'Statement']")).isGreaterThanOrEqualTo(first);
        assertThat(browser.find(".time-slider output").getText()).startsWith("As of ");
    }

    @Test
    void theTimelineAsOfADateShowsWhatWasStillPlannedThen() {
        browser.open("/?view=timeline&asOf=2020-01-01");
        browser.await().until(d -> !browser.findAll("ol.timeline li").isEmpty());
        List<String> planned = browser.findAll("ol.timeline li.planned").stream().map(WebElement::getText).toList();
        assertThat(planned).anyMatch(t -> t.contains("First International Migration Review Forum"))
                .anyMatch(t -> t.contains("Steering Committee"));
        assertThat(browser.findAll("ol.timeline li").stream().map(WebElement::getText))
                .noneMatch(t -> t.contains("Africa Regional Review"));
        assertThat(browser.find("p.note").getText()).contains("as they stood on");
    }
}
