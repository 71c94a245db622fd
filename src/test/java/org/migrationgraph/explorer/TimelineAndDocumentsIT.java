package org.migrationgraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

class TimelineAndDocumentsIT extends BrowserTest {

    @Test
    void shouldListMeetingsInDateOrderTellingHeldFromPlanned() {
        browser.open("/");
        browser.find("nav a[data-view=timeline]").click();
        browser.waitUntilIdle();

        List<String> dates = browser.findAll("ol.timeline time").stream().map(t -> t.getDomAttribute("datetime")).toList();
        assertThat(dates).hasSizeGreaterThan(10).isSorted();
        assertThat(browser.findAll("ol.timeline li.held")).isNotEmpty();
        assertThat(browser.findAll("ol.timeline li.planned")).hasSize(1);
        assertThat(browser.find("ol.timeline li.planned .status").getText()).isEqualTo("planned");
    }

    @Test
    void shouldShowTheTimelineAPageAtATimeAddingTheNextOnShowMore() {
        browser.open("/");
        // The seed's timeline fits in one page of 100; pages of 5 cut it as a large graph's is cut.
        browser.script("const original = window.fetch; window.counted = [];"
                + " window.fetch = (url, options) => {"
                + "   const body = typeof options?.body === 'string' ? JSON.parse(options.body) : null;"
                + "   if (body?.query.includes('timelineItems')) { body.variables.first = 5; window.counted.push(body.variables.counted ?? true); options = { ...options, body: JSON.stringify(body) }; }"
                + "   return original(url, options);"
                + " };"
                + " history.pushState(null, '', '/?view=timeline'); window.dispatchEvent(new PopStateEvent('popstate'));");
        browser.waitUntilIdle();
        assertThat(browser.findAll("ol.timeline li")).hasSize(5);
        String note = browser.find("main p.note").getText();
        assertThat(note).containsPattern("^\\d+ dated meetings, events and processes: the first 5 are shown \\(\\d+ held, \\d+ planned");
        int total = Integer.parseInt(note.substring(0, note.indexOf(' ')));
        assertThat(total).as("three pages at least").isBetween(11, 100);

        for (int shown = 5; shown < total; shown += 5) {
            int expected = Math.min(shown + 5, total);
            browser.find("button.more").click();
            browser.await().until(d -> browser.findAll("ol.timeline li").size() == expected);
        }
        assertThat(browser.findAll("button.more")).allSatisfy(button -> assertThat(button.isDisplayed()).isFalse());
        assertThat(browser.find("main p.note").getText()).startsWith(total + " dated meetings, events and processes: ")
                .doesNotContain("the first");
        List<String> dates = browser.findAll("ol.timeline time").stream().map(t -> t.getDomAttribute("datetime")).toList();
        List<String> links = browser.findAll("ol.timeline li a").stream().map(a -> a.getDomAttribute("href")).toList();
        assertThat(dates).hasSize(total).isSorted();
        assertThat(links).as("no entry twice").doesNotHaveDuplicates().hasSize(total);
        List<String> counted = ((List<?>) browser.script("return window.counted;")).stream().map(String::valueOf).toList();
        assertThat(counted).as("only the first page is counted").hasSize((total + 4) / 5).startsWith("true");
        assertThat(counted.subList(1, counted.size())).containsOnly("false");
    }

    @Test
    void shouldNarrowTheTimelineToADateRangeKeptInTheAddress() {
        browser.open("/?view=timeline");
        browser.find("input[aria-label^='From date']").sendKeys("2020");
        browser.find("form.toolbar button[type=submit]").click();
        browser.await().until(d -> browser.location().equals("/?view=timeline&from=2020"));
        browser.waitUntilIdle();

        List<String> dates = browser.findAll("ol.timeline time").stream().map(t -> t.getDomAttribute("datetime")).toList();
        assertThat(dates).isNotEmpty().allSatisfy(date -> assertThat(date).isGreaterThanOrEqualTo("2020"));
        assertThat(browser.find("input[aria-label^='From date']").getDomProperty("value")).isEqualTo("2020");
    }

    @Test
    void shouldSayWhatIsWrongWithADateThatIsNotOne() {
        browser.open("/?view=timeline&from=20x");

        assertThat(browser.find("#message").getText())
                .startsWith("The service refused the query: 'from' is '20x', not an ISO date; use YYYY, YYYY-MM or YYYY-MM-DD.");
    }

    @Test
    void shouldOpenTheEntityPanelOfATimelineEntry() {
        browser.open("/?view=timeline");
        WebElement briefing = browser.findAll("ol.timeline li a").stream()
                .filter(a -> a.getText().equals("Network Briefing to Member States")).findFirst().orElseThrow();
        briefing.click();
        browser.waitUntilIdle();

        assertThat(browser.location()).isEqualTo("/?id=meeting:2019-12-12-member-state-briefing");
        assertThat(browser.find("#entity-name").getText()).isEqualTo("Network Briefing to Member States");
        assertThat(browser.find("dl.facts").getText()).contains("12 December 2019", "held", "60");
    }

    @Test
    void shouldShowEachDocumentWithNumberedParagraphsAndWhatEachMentions() {
        browser.open("/?view=documents");
        assertThat(browser.findAll(".doc-list li")).hasSize(2);
        browser.findAll(".doc-list li a").stream().filter(a -> a.getText().startsWith("Summary of Network Briefing"))
                .findFirst().orElseThrow().click();
        browser.waitUntilIdle();

        List<WebElement> paragraphs = browser.findAll("ol.paragraphs > li");
        assertThat(paragraphs).hasSizeGreaterThan(10);
        WebElement eighth = browser.find("ol.paragraphs > li#p8");
        assertThat(eighth.getDomAttribute("value")).isEqualTo("8");
        assertThat(eighth.findElements(By.cssSelector(".chips a")).stream().map(WebElement::getText).toList())
                .contains("Philippines", "Germany", "United Kingdom of Great Britain and Northern Ireland");
    }
}
