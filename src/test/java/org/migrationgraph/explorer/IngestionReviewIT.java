package org.migrationgraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.TestKeys;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Ingestion in the explorer, in headless Chromium against the writable test service: an editor
 * ingests a text from the documents page, reads it with the names it contains linked, and works
 * through the review queue (accept with an edited id, reject with a reason, told in words when
 * the reason is missing); a reader sees the linked text but no queue and no form.
 */
class IngestionReviewIT extends CuratorBrowserTest {

    private WebElement proposal(String rule, String text) {
        return browser.findAll(".review li.proposal").stream()
                .filter(li -> rule.equals(li.getAttribute("data-rule")) && li.getText().contains(text)).findFirst().orElseThrow();
    }

    private boolean shows(String rule, String text) {
        return browser.findAll(".review li.proposal").stream()
                .anyMatch(li -> rule.equals(li.getAttribute("data-rule")) && li.getText().contains(text));
    }

    @Test
    void shouldLetAnEditorIngestATextAndWorkThroughItsProposals() {
        browser.open("/?view=documents");
        signIn(TestKeys.EDITOR);
        browser.find(".ingest input[name=title]").sendKeys("Summary of the Seventh Annual Meeting");
        browser.find(".ingest input[name=date]").sendKeys("2025-12-16");
        browser.find(".ingest textarea[name=text]").sendKeys(String.join("\n\n",
                "Summary of the Seventh Annual Meeting of the United Nations Network on Migration",
                "The meeting was attended by 31 Member States.",
                "Delegates representing the following countries took the floor: Ecuador, Germany and the UK."));
        browser.find(".ingest button[type=submit]").click();

        browser.await().until(d -> browser.location().contains("view=document&id=doc"));
        browser.waitUntilIdle();
        List<String> linked = browser.findAll("a.mention").stream().map(a -> a.getAttribute("href")).toList();
        assertThat(linked).anyMatch(href -> href.endsWith("/?id=state%3ADEU")).anyMatch(href -> href.endsWith("/?id=state%3AGBR"));
        assertThat(browser.find(".review h2").getText()).startsWith("Proposals to review (");

        WebElement floor = proposal("took-the-floor", "state:ECU");
        floor.findElement(By.cssSelector("button.reject")).click();
        browser.await().until(d -> floor.findElement(By.cssSelector(".outcome")).getText().contains("say why"));
        floor.findElement(By.cssSelector("input[name=reason]")).sendKeys("test: not in this meeting");
        floor.findElement(By.cssSelector("button.reject")).click();
        browser.await().until(d -> shows("took-the-floor", "Rejected: test: not in this meeting"));

        WebElement meeting = proposal("meeting-heading", "New Meeting");
        String id = unique("meeting");
        WebElement entityId = meeting.findElement(By.cssSelector("input[name=entityId]"));
        entityId.clear();
        entityId.sendKeys(id);
        WebElement withRelations = meeting.findElement(By.cssSelector("button.accept-with-relations"));
        assertThat(withRelations.getText()).startsWith("Accept with its ");
        withRelations.click();

        browser.await().until(d -> shows("meeting-heading", "Accepted as " + id));
        assertThat(shows("took-the-floor", "Accepted as state:DEU-TOOK_THE_FLOOR_AT->" + id)).isTrue();
        assertThat(shows("attended-by", "Accepted as group:member-states-ATTENDED->" + id)).isTrue();
        assertThat(shows("took-the-floor", "Rejected: test: not in this meeting")).as("the rejected one stays rejected").isTrue();
        assertThat((String) send("{ entity(id: \"" + id + "\") { kind } }", null).read("$.data.entity.kind")).isEqualTo("Meeting");
    }

    @Test
    void shouldShowReadersTheLinkedTextButNoQueueOrForm() {
        String doc = unique("doc");
        asEditor("""
                mutation { ingestDocument(input: {id: "%s", title: "Note on Germany", date: "2025-01-10",
                  text: "Germany and the UK spoke to the International Organization for Migration."}) { newProposals } }
                """.formatted(doc));
        browser.open("/?view=document&id=" + doc);
        browser.waitUntilIdle();
        assertThat(browser.findAll("a.mention")).extracting(WebElement::getText)
                .containsExactly("Germany", "UK", "International Organization for Migration");
        assertThat(browser.findAll(".review")).isEmpty();

        browser.open("/?view=documents");
        browser.waitUntilIdle();
        assertThat(browser.findAll(".ingest")).isEmpty();
    }
}
