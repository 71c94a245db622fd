package org.migrationgraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

class SearchAndEntityPanelIT extends BrowserTest {

    @Test
    void shouldOpenThePhilippinesFromASearchSuggestionWithTheKeyboard() {
        browser.open("/");
        WebElement input = browser.find("header input[role=combobox]");
        input.sendKeys("Philippines");
        browser.await().until(d -> browser.findAll("header [role=option]").stream().anyMatch(o -> o.getText().contains("Philippines")));
        assertThat(input.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(input.getDomAttribute("aria-activedescendant")).isNotBlank();
        input.sendKeys(Keys.ENTER);
        browser.waitUntilIdle();

        assertThat(browser.location()).isEqualTo("/?id=state:PHL");
        assertThat(browser.find("#entity-name").getText()).isEqualTo("Philippines");
        assertThat(browser.find("dl.facts").getText()).contains("PHL", "608");
        assertThat(drawnNodes()).isGreaterThan(1);
    }

    @Test
    void shouldSuggestTheUnitedKingdomForTheAliasUk() {
        browser.open("/");
        searchAndChoose("UK", "United Kingdom");

        assertThat(browser.find("#entity-name").getText()).isEqualTo("United Kingdom of Great Britain and Northern Ireland");
    }

    @Test
    void shouldShowEachRelationWithItsCitationQuote() {
        browser.open("/?id=state:PHL");

        WebElement tookTheFloor = browser.findAll(".relation-group").stream()
                .filter(g -> g.getText().startsWith("took the floor at")).findFirst().orElseThrow();
        String quote = tookTheFloor.findElement(org.openqa.selenium.By.cssSelector(".cite q")).getText();
        assertThat(quote).contains("Philippines");
        assertThat(tookTheFloor.findElement(org.openqa.selenium.By.cssSelector(".cite a.source")).getText())
                .contains("Summary of Network Briefing to Member States", "paragraph");
    }

    @Test
    void shouldOpenTheCitedDocumentWithTheQuoteHighlighted() {
        browser.open("/?id=state:PHL");
        WebElement source = browser.findAll(".relation-group").stream()
                .filter(g -> g.getText().startsWith("took the floor at")).findFirst().orElseThrow()
                .findElement(org.openqa.selenium.By.cssSelector(".cite a.source"));
        String quote = source.findElement(org.openqa.selenium.By.xpath("preceding-sibling::q")).getText();
        source.click();
        browser.waitUntilIdle();

        assertThat(browser.location()).startsWith("/?view=document&id=doc:network-briefing-2019-12-12&p=");
        assertThat(browser.find("ol.paragraphs li.target mark").getText()).isEqualTo(quote);
        assertThat(browser.find("nav a[aria-current=page]").getText()).isEqualTo("Documents");
    }

    @Test
    void shouldListTheParagraphsThatMentionTheEntity() {
        browser.open("/?id=state:PHL");

        WebElement mention = browser.find("ul.mentions li");
        assertThat(mention.getText()).isEqualTo("Summary of Network Briefing to Member States: paragraph 8");
        mention.findElement(org.openqa.selenium.By.tagName("a")).click();
        browser.waitUntilIdle();

        assertThat(browser.location()).isEqualTo("/?view=document&id=doc:network-briefing-2019-12-12&p=8");
        assertThat(browser.find("ol.paragraphs li.target").getDomAttribute("id")).isEqualTo("p8");
    }

    @Test
    void shouldPageThroughALongListOfRelations() {
        browser.open("/?id=org:un");
        assertThat(browser.findAll(".panel h2").stream().map(WebElement::getText)).contains("Relations (198)");
        assertThat(browser.findAll("[data-relation]")).hasSize(100);

        browser.script("const original = window.fetch; window.sentOperations = [];"
                + " window.fetch = (url, options) => { window.sentOperations.push(JSON.parse(options.body).query.split('(')[0]);"
                + " return original(url, options); };");
        browser.findAll(".panel button").stream().filter(b -> b.getText().equals("Show more relations")).findFirst().orElseThrow().click();
        browser.await().until(d -> browser.findAll("[data-relation]").size() == 198);

        assertThat(browser.findAll(".panel button").stream().map(WebElement::getText)).doesNotContain("Show more relations");
        assertThat(browser.script("return window.sentOperations;")).as("the next page asks for relations only")
                .isEqualTo(java.util.List.of("query Relations"));
    }

    @Test
    void shouldSayWhenNoEntityHasTheId() {
        browser.open("/?id=state:XXY");

        assertThat(browser.find(".panel h2").getText()).isEqualTo("Not found");
        assertThat(browser.find(".panel").getText()).contains("No entity has the id “state:XXY”");
    }
}
