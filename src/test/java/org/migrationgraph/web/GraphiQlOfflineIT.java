package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.migrationgraph.testsupport.Browser;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * /graphiql in headless Chromium with every host but this one unreachable: the page, its
 * scripts and styles come from the jar, the documentation explorer shows the schema's
 * descriptions, and a query runs with the X-Query-Stats header.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphiQlOfflineIT extends GraphIntegrationTest {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void startBrowserWithoutInternet() throws IOException {
        browser = Browser.start(port, "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void shouldShowTheSchemaDocsAndRunAQueryWithItsStatsWithoutInternet() throws IOException {
        browser.driver().get("http://localhost:" + port + "/graphiql");
        // The documentation explorer reads the schema through introspection, with its descriptions.
        browser.find("button[aria-label='Show Documentation Explorer']").click();
        browser.await().until(d -> browser.find(".graphiql-doc-explorer").getText().contains("Query"));
        browser.driver().findElement(By.linkText("Query")).click();
        browser.await().until(d -> browser.find(".graphiql-doc-explorer").getText().contains("ranked by how well"));

        browser.find(".graphiql-execute-button").click();
        browser.await().until(d -> result().contains("state:PHL"));
        // The headers editor starts with X-Query-Stats: the answer reports the Cypher it ran.
        assertThat(result()).contains("\"queryStats\"").contains("\"cypherStatements\": 1");

        browser.screenshot("GraphiQlOfflineIT-docs-and-query");
        assertThat(browser.consoleErrors(message -> false)).as("browser console errors").isEmpty();
    }

    /** The whole result, not just the lines CodeMirror has drawn. */
    private String result() {
        return String.valueOf(browser.script("const cm = document.querySelector('.result-window .CodeMirror');"
                + " return cm ? cm.CodeMirror.getValue() : '';"));
    }
}
