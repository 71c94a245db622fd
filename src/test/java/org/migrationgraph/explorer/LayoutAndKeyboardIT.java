package org.migrationgraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

class LayoutAndKeyboardIT extends BrowserTest {

    @Test
    void shouldFitEveryViewOnA390PixelPhoneWithoutSidewaysScrolling() throws Exception {
        browser.resize(390, 844);
        for (String view : List.of("/", "/?id=state:PHL", "/?view=coordination", "/?view=path&from=state:PHL&to=org:iom",
                "/?view=timeline", "/?view=document&id=doc:network-briefing-2019-12-12")) {
            browser.open(view);
            long overflow = (Long) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("sideways overflow of %s", view).isLessThanOrEqualTo(0);
        }
        browser.open("/?id=state:PHL");
        browser.screenshot("LayoutAndKeyboardIT-phone-entity");
    }

    @Test
    void shouldReachSearchAndViewsWithTheTabKeyAndOpenWithEnter() {
        browser.open("/");
        WebElement body = browser.find("body");
        body.sendKeys(Keys.TAB);
        assertThat(active().getText()).isEqualTo("Skip to content");
        active().sendKeys(Keys.TAB);
        active().sendKeys(Keys.TAB);
        assertThat(active().getDomAttribute("role")).isEqualTo("combobox");
        assertThat(active().getDomAttribute("aria-label")).isEqualTo("Search entities");
        active().sendKeys(Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB);
        assertThat(active().getText()).isEqualTo("Timeline");
        active().sendKeys(Keys.ENTER);
        browser.waitUntilIdle();

        assertThat(browser.location()).isEqualTo("/?view=timeline");
    }

    @Test
    void shouldGiveEveryControlAnAccessibleName() {
        for (String view : List.of("/?id=state:PHL", "/?view=coordination", "/?view=path")) {
            browser.open(view);
            for (WebElement control : browser.driver().findElements(By.cssSelector("button, select, input, a"))) {
                if (!control.isDisplayed()) {
                    continue;
                }
                String name = control.getAccessibleName();
                assertThat(name).as("accessible name of %s in %s", control.getTagName(), view).isNotBlank();
            }
        }
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }
}
