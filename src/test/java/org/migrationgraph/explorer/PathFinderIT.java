package org.migrationgraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

class PathFinderIT extends BrowserTest {

    @Test
    void shouldDrawTheShortestPathsBetweenTwoChosenEntitiesWithACitationForEveryHop() {
        browser.open("/");
        browser.find("nav a[data-view=path]").click();
        browser.waitUntilIdle();
        pick(0, "Philippines", "Philippines");
        pick(1, "IOM", "International Organization for Migration");
        browser.find("form.pickers button[type=submit]").click();
        browser.await().until(d -> browser.location().startsWith("/?view=path&from=state:PHL&to=org:iom"));
        browser.waitUntilIdle();

        assertThat(browser.find(".path-results h2").getText()).matches("\\d+ shortest paths? of 3 hops");
        List<WebElement> hops = browser.findAll("li.hop");
        assertThat(hops).isNotEmpty();
        for (WebElement hop : hops) {
            assertThat(hop.findElements(By.cssSelector(".cite"))).as(hop.getText()).isNotEmpty();
        }
        assertThat(hops.get(0).getText()).contains("Philippines", "took the floor at");
        assertThat(hops.get(0).findElement(By.cssSelector(".cite q")).getText()).contains("Philippines");
        assertThat(drawnNodes()).isGreaterThanOrEqualTo(4);
        assertThat(browser.findAll(".legend li")).isNotEmpty();
    }

    @Test
    void shouldLayThePathsOutInLayersFromTheStart() {
        browser.open("/?view=path&from=state:PHL&to=org:iom");
        drawnNodes();

        @SuppressWarnings("unchecked")
        java.util.Map<String, Number> y = (java.util.Map<String, Number>) browser.script("const cy = arguments[0]._cyreg.cy;"
                + " return Object.fromEntries(cy.nodes().map(n => [n.id(), n.position().y]));", browser.find(".graph"));
        assertThat(y.get("state:PHL").doubleValue()).isLessThan(y.get("meeting:2019-12-12-member-state-briefing").doubleValue());
        assertThat(y.get("meeting:2019-12-12-member-state-briefing").doubleValue()).isLessThan(y.get("org:iom").doubleValue());
    }

    @Test
    void shouldRestoreBothEndsFromTheAddress() {
        browser.open("/?view=path&from=state:DEU&to=framework:gcm&maxHops=4");

        List<WebElement> inputs = browser.findAll("form.pickers input[role=combobox]");
        assertThat(inputs.get(0).getDomProperty("value")).isEqualTo("Germany");
        assertThat(inputs.get(1).getDomProperty("value")).isEqualTo("Global Compact for Safe, Orderly and Regular Migration");
        assertThat(browser.find("form.pickers select").getDomProperty("value")).isEqualTo("4");
        assertThat(browser.findAll("li.hop")).isNotEmpty();
    }

    @Test
    void shouldSayWhenNoPathIsShortEnough() {
        browser.open("/?view=path&from=state:DEU&to=state:FRA&maxHops=1");

        assertThat(browser.find(".path-results .empty").getText())
                .isEqualTo("No chain of at most 1 relationships links Germany and France.");
    }

    @Test
    void shouldAskForBothEndsBeforeSearching() {
        browser.open("/?view=path");
        browser.find("form.pickers button[type=submit]").click();

        assertThat(browser.find("#message").getText()).contains("Choose both ends from the suggestions first");
    }

    private void pick(int index, String text, String suggestion) {
        WebElement input = browser.findAll("form.pickers input[role=combobox]").get(index);
        input.sendKeys(text);
        String list = "#" + input.getDomAttribute("aria-controls") + " [role=option]";
        browser.await().until(d -> browser.findAll(list).stream().anyMatch(o -> o.getText().contains(suggestion)));
        browser.findAll(list).stream().filter(o -> o.getText().contains(suggestion)).findFirst().orElseThrow().click();
    }
}
