package org.migrationgraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.TestKeys;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The explorer as a curation tool, in headless Chromium against the writable test service: a
 * reader sees no editing controls; an editor signs in with a key kept for the tab, edits an
 * entity, is told in words when someone else changed it first, adds a relation whose other end
 * is found by search and whose quote is selected in the paragraph's text, and reads the history.
 */
class CurationIT extends CuratorBrowserTest {

    private static final String BRIEFING = "doc:network-briefing-2019-12-12";

    private String newEntity() {
        String id = unique("org");
        asEditor("mutation { createEntity(input: {id: \"" + id + "\", kinds: [\"Organization\"], name: \"Body " + id
                + "\", description: \"As created.\", reason: \"test: a body to curate\"}) { revision } }");
        return id;
    }

    @Test
    void shouldShowNoEditingControlsToReaders() {
        browser.open("/?id=org:iom");
        assertThat(browser.findAll(".curation")).isEmpty();

        signIn(TestKeys.READER);

        assertThat(browser.find(".account .viewer").getText()).isEqualTo("Signed in as test-reader (reader)");
        assertThat(browser.findAll(".curation")).isEmpty();
    }

    @Test
    void shouldLetAnEditorChangeAnEntityAndSeeItInTheHistory() {
        String id = newEntity();
        browser.open("/?id=" + id);
        signIn(TestKeys.EDITOR);

        browser.find(".curation button").click();
        WebElement description = browser.find(".edit-entity textarea[name=description]");
        description.clear();
        description.sendKeys("As corrected in the explorer.");
        browser.find(".edit-entity input[name=reason]").sendKeys("test: correct the description");
        browser.find(".edit-entity button[type=submit]").click();

        browser.await().until(d -> browser.find(".description").getText().equals("As corrected in the explorer."));
        browser.await().until(d -> browser.find(".history").getText().contains("changed description (version 2). “test: correct the description”"));
        assertThat(browser.find(".history").getText()).contains("test-editor created it (version 1)");
    }

    @Test
    void shouldSayInWordsThatSomeoneElseChangedTheEntityFirst() {
        String id = newEntity();
        browser.open("/?id=" + id);
        signIn(TestKeys.EDITOR);
        browser.find(".curation button").click();
        WebElement name = browser.find(".edit-entity input[name=name]");

        asEditor("mutation { updateEntity(input: {id: \"" + id + "\", expectedVersion: 1, description: \"Changed meanwhile.\", "
                + "reason: \"the other curator's fix\"}) { revision } }");
        name.sendKeys(" (renamed)");
        browser.find(".edit-entity input[name=reason]").sendKeys("test: rename");
        browser.find(".edit-entity button[type=submit]").click();

        String message = browser.find(".conflict").getText();
        assertThat(message).contains("Someone else changed", "now at version 2", "the other curator's fix", "Your change was not saved");
        assertThat((String) send("{ entity(id: \"" + id + "\") { name } }", null).read("$.data.entity.name")).isEqualTo("Body " + id);
    }

    @Test
    void shouldAddARelationWithTheOtherEndFoundBySearchAndTheQuoteSelectedInTheParagraph() {
        String id = newEntity();
        browser.open("/?id=" + id);
        signIn(TestKeys.EDITOR);
        browser.findAll(".curation button").get(1).click();

        new Select(browser.find(".add-relation select[name=type]")).selectByValue("MEMBER_OF");
        WebElement other = browser.find(".add-relation input[role=combobox]");
        other.sendKeys("IOM");
        browser.await().until(d -> browser.findAll(".add-relation [role=option]").stream().anyMatch(o -> o.getText().contains("International Organization for Migration")));
        browser.findAll(".add-relation [role=option]").stream().filter(o -> o.getText().contains("International Organization for Migration"))
                .findFirst().orElseThrow().click();
        new Select(browser.find(".add-relation select[name=document]")).selectByValue(BRIEFING);
        browser.await().until(d -> browser.find(".add-relation select[name=paragraph]").isEnabled());
        new Select(browser.find(".add-relation select[name=paragraph]")).selectByValue("4");
        browser.await().until(d -> browser.find(".paragraph-text").getText().contains("the Fund – now fully operational"));
        browser.script("""
                const quote = arguments[0], text = document.querySelector('.paragraph-text').firstChild;
                const start = text.data.indexOf(quote), range = document.createRange();
                range.setStart(text, start); range.setEnd(text, start + quote.length);
                getSelection().removeAllRanges(); getSelection().addRange(range);
                text.parentElement.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));""", "the Fund – now fully operational");
        assertThat(browser.find(".add-relation input[name=quote]").getDomProperty("value")).isEqualTo("the Fund – now fully operational");
        browser.find(".add-relation input[name=reason]").sendKeys("test: membership from the briefing");
        browser.find(".add-relation button[type=submit]").click();

        browser.await().until(d -> !browser.findAll("[data-relation='" + id + "-MEMBER_OF->org:iom']").isEmpty());
        WebElement relation = browser.find("[data-relation='" + id + "-MEMBER_OF->org:iom']");
        assertThat(relation.findElement(By.cssSelector(".cite q")).getText()).contains("the Fund – now fully operational");
    }
}
