package org.migrationgraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * /embed, the explorer for dashboards: the same views and address state without the header, which
 * only this service and the configured origins (here https://dashboard.example.org) may frame.
 */
class EmbedIT extends BrowserTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldLetOnlyThisServiceAndTheConfiguredOriginsFrameTheEmbeddedView() throws Exception {
        HttpResponse<String> embed = get("/embed?view=coordination");
        HttpResponse<String> explorer = get("/");

        assertThat(embed.statusCode()).isEqualTo(200);
        assertThat(embed.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'self' https://dashboard.example.org").doesNotContain("frame-ancestors 'none'");
        assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(embed.body()).contains("<body class=\"embed\">", "/explorer/main.js");
        assertThat(explorer.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
        assertThat(explorer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void shouldShowTheViewWithoutTheHeaderAndKeepItsAddressesUnderEmbed() {
        browser.open("/embed?view=coordination&colour=community");
        drawnNodes();

        assertThat(browser.driver().findElement(By.cssSelector("header.top")).isDisplayed()).isFalse();
        assertThat(browser.find(".embed-open a").getDomAttribute("href")).isEqualTo("/?view=coordination&colour=community");

        new org.openqa.selenium.support.ui.Select(browser.find("select[aria-label='Size entities by']")).selectByValue("pageRank");
        browser.await().until(d -> browser.location().startsWith("/embed?view=coordination"));
        browser.waitUntilIdle();

        assertThat(browser.location()).isEqualTo("/embed?view=coordination&size=pageRank&colour=community");
        assertThat(browser.find(".embed-open a").getDomAttribute("href")).isEqualTo("/?view=coordination&size=pageRank&colour=community");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
