package org.migrationgraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

class DeepLinksAndErrorsIT extends BrowserTest {

    @Test
    void shouldRestoreAViewFromADeepLink() {
        browser.open("/?id=org:iom&depth=2&sel=org:network");

        assertThat(browser.find("#entity-name").getText()).isEqualTo("United Nations Network on Migration");
        assertThat(browser.find("select[aria-label=Depth]").getDomProperty("value")).isEqualTo("2");
        assertThat(drawnNodes()).isGreaterThan(10);
        assertThat(browser.driver().getTitle()).startsWith("United Nations Network on Migration");
    }

    @Test
    void shouldGoBackAndForwardBetweenViews() {
        browser.open("/?id=state:PHL");
        browser.find("nav a[data-view=timeline]").click();
        browser.waitUntilIdle();
        assertThat(browser.find("main h1").getText()).isEqualTo("Timeline");

        browser.driver().navigate().back();
        browser.await().until(d -> browser.location().equals("/?id=state:PHL"));
        browser.waitUntilIdle();
        assertThat(browser.find("#entity-name").getText()).isEqualTo("Philippines");

        browser.driver().navigate().forward();
        browser.await().until(d -> browser.location().equals("/?view=timeline"));
        browser.waitUntilIdle();
        assertThat(browser.find("main h1").getText()).isEqualTo("Timeline");
    }

    @Test
    void shouldSayInWordsWhenTheServiceRefusesAQuery() {
        browser.open("/?id=state:PHL&depth=9");

        assertThat(browser.find("#message").getText()).startsWith("The service refused the query: ").contains("depth");
        assertThat(browser.find("#message").getDomAttribute("data-code")).isEqualTo("BAD_USER_INPUT");
        assertThat(browser.find("#entity-name").getText()).isEqualTo("Philippines");
    }

    @Test
    void shouldAskAgainAfterTheSecondsANotReadyAnswerNamesWhileSayingWhy() {
        browser.open("/");
        answerStatsNotReady(1, 1);

        browser.await().until(d -> browser.find("main").getText().contains("asking again in 1 s"));
        browser.waitUntilIdle();

        assertThat(browser.find("main h1").getText()).isEqualTo("Global migration governance, as a graph");
        assertThat(browser.script("return window.statsAsked;")).isEqualTo(2L);
        assertThat(browser.findAll("#message")).noneMatch(message -> message.isDisplayed());
    }

    @Test
    void shouldSayInWordsWhenTheCountsWouldTakeLongerThanTheExplorerWaits() {
        browser.open("/");
        answerStatsNotReady(1, 61);
        browser.waitUntilIdle();

        assertThat(browser.find("#message").getText()).startsWith("The service cannot answer yet: The graph's counts are being made");
        assertThat(browser.find("#message").getDomAttribute("data-code")).isEqualTo("NOT_READY");
        assertThat(browser.script("return window.statsAsked;")).isEqualTo(1L);
    }

    @Test
    void shouldSayThatTheServiceRanOutOfTimeRatherThanThatItRefusedTheQuery() {
        browser.open("/");
        answerStats(1, "TIMEOUT", "The request took longer than the time allowed; ask for less (smaller pages, fewer hops).", 0);
        browser.waitUntilIdle();

        assertThat(browser.find("#message").getText())
                .startsWith("The service ran out of time: The request took longer than the time allowed;");
        assertThat(browser.find("#message").getDomAttribute("data-code")).isEqualTo("TIMEOUT");
    }

    /**
     * The next {@code times} requests for {@code stats} get the service's NOT_READY answer (as
     * CountTallies words it) without reaching the service, and the overview is drawn again: on the
     * seed the real counts are made in milliseconds, too fast to be caught being made.
     */
    private void answerStatsNotReady(int times, int retryAfter) {
        answerStats(times, "NOT_READY",
                "The graph's counts are being made again, as after every start and change; ask again in about " + retryAfter + " s.", retryAfter);
    }

    /** The next {@code times} requests for {@code stats} get an error the service could give, and the overview is drawn again. */
    private void answerStats(int times, String code, String message, int retryAfter) {
        browser.script("const times = arguments[0], code = arguments[1], message = arguments[2], after = arguments[3];"
                + " const original = window.fetch; window.statsAsked = 0;"
                + " window.fetch = (url, options) => {"
                + "   if (!String(options?.body).includes('stats')) return original(url, options);"
                + "   if (++window.statsAsked > times) return original(url, options);"
                + "   const extensions = after ? { code, classification: 'INTERNAL_ERROR', retryAfter: after } : { code, classification: 'INTERNAL_ERROR' };"
                + "   return Promise.resolve(new Response(JSON.stringify({ data: null, errors: [{ message, extensions }] }),"
                + "     { status: 200, headers: { 'Content-Type': 'application/graphql-response+json' } }));"
                + " };"
                + " history.pushState(null, '', '/'); window.dispatchEvent(new PopStateEvent('popstate'));", times, code, message, retryAfter);
    }

    @Test
    void shouldSayInWordsWhenTheServiceCannotBeReached() {
        browser.open("/");
        allowConsoleErrors(message -> message.contains("ERR_INTERNET_DISCONNECTED"));
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.driver().setNetworkConditions(offline);
        try {
            browser.find("nav a[data-view=timeline]").click();

            assertThat(browser.find("#message").getText())
                    .startsWith("The migration-graph service cannot be reached. Check that it is running, then retry.");
            assertThat(browser.find("main").getText()).isNotBlank();
        } finally {
            browser.driver().deleteNetworkConditions();
        }
        browser.find("#message button").click();
        browser.waitUntilIdle();
        assertThat(browser.find("main h1").getText()).isEqualTo("Timeline");
    }

    @Test
    void shouldShowTheLatestViewWhenAnEarlierOneAnswersLate() {
        browser.open("/");
        // Note when the path finder's last answer (allShortestPaths) has been read, so the test
        // waits for exactly that rather than for a guessed time.
        browser.script("const original = window.fetch; window.pathsAnswered = false;"
                + " window.fetch = (url, options) => original(url, options).then(response => response.clone().text()"
                + "   .then(() => { if (String(options?.body).includes('allShortestPaths')) window.pathsAnswered = true; return response; }));");
        // The path finder needs two round trips; the document list one: the earlier view answers last.
        browser.script("history.pushState(null, '', '/?view=path&from=state:PHL&to=org:iom');"
                + " window.dispatchEvent(new PopStateEvent('popstate'));"
                + " document.querySelector('nav a[data-view=documents]').click();");
        browser.await().until(d -> Boolean.TRUE.equals(browser.script("return window.pathsAnswered;")));
        browser.waitUntilIdle();

        assertThat(browser.location()).isEqualTo("/?view=documents");
        assertThat(browser.find("main h1").getText()).isEqualTo("Source documents");
        assertThat(browser.findAll("form.pickers")).isEmpty();
    }

    @Test
    void shouldSaySoForAnAddressNamingNoView() {
        browser.open("/?view=nonsense");

        assertThat(browser.find("main h1").getText()).isEqualTo("No such view");
    }
}
