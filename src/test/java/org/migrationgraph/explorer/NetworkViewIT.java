package org.migrationgraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NetworkViewIT extends BrowserTest {

    @Test
    void shouldDrawTheNeighbourhoodWithALegendAndRedrawItTwoStepsOut() {
        browser.open("/?id=state:PHL");
        int direct = drawnNodes();
        assertThat(browser.find(".legend").getText()).contains("Member State", "Organization", "Meeting", "Region");

        new org.openqa.selenium.support.ui.Select(browser.find("select[aria-label=Depth]")).selectByValue("2");
        browser.waitUntilIdle();

        assertThat(browser.location()).isEqualTo("/?id=state:PHL&depth=2");
        assertThat(drawnNodes()).isGreaterThan(direct);
    }

    @Test
    void shouldOpenANodeOnClickAndExpandItOnDoubleClick() {
        browser.open("/?id=state:PHL");
        int before = drawnNodes();

        clickNode("org:un", false);
        browser.await().until(d -> browser.location().endsWith("&sel=org:un"));
        browser.waitUntilIdle();
        assertThat(browser.find("#entity-name").getText()).isEqualTo("United Nations");

        clickNode("meeting:2019-12-12-member-state-briefing", true);
        browser.await().until(d -> browser.location().contains("exp=meeting:2019-12-12-member-state-briefing"));
        assertThat(drawnNodes()).isGreaterThan(before);
    }

    @Test
    void shouldExpandFromThePanelWithTheKeyboardAlternative() {
        browser.open("/?id=state:PHL&sel=org:un");
        int before = drawnNodes();

        browser.find(".panel button").click();
        browser.await().until(d -> browser.location().contains("exp=org:un"));

        assertThat(drawnNodes()).isGreaterThan(before);
    }

    @Test
    void shouldLeaveOutTheKindsUntickedInTheFilters() {
        browser.open("/?id=state:PHL");
        browser.find("details.filters summary").click();
        browser.find("details.filters input[value=Meeting]").click();
        browser.await().until(d -> browser.location().contains("kinds="));
        browser.waitUntilIdle();

        assertThat(browser.location()).doesNotContain("Meeting").contains("MemberState", "Region");
        assertThat(browser.find(".legend").getText()).doesNotContain("Meeting").contains("Region");
        assertThat(browser.find("details.filters summary").getText()).isEqualTo("Filters (on)");
    }

    @Test
    void shouldFollowOnlyTheRelationTypesInTheAddress() {
        browser.open("/?id=state:PHL&types=IN_REGION,MEMBER_OF");

        assertThat(drawnNodes()).isEqualTo(3);
        List<String> ticked = browser.findAll("details.filters input[name=type]").stream()
                .filter(WebElement::isSelected).map(box -> box.getDomAttribute("value")).toList();
        assertThat(ticked).containsExactly("IN_REGION", "MEMBER_OF");
    }

    @Test
    void shouldExportTheDrawnViewAsJsonAndPng() throws IOException {
        allowDownloads();
        Files.deleteIfExists(browser.downloads().resolve("state-PHL.json"));
        Files.deleteIfExists(browser.downloads().resolve("state-PHL.png"));
        browser.open("/?id=state:PHL");
        int drawn = drawnNodes();

        button("Export JSON").click();
        button("Export PNG").click();

        JsonNode json = JsonMapper.builder().build().readTree(awaitFile("state-PHL.json").toFile());
        assertThat(json.get("nodes")).hasSize(drawn);
        assertThat(json.get("edges")).hasSize(drawn - 1);
        assertThat(json.get("nodes").toString()).contains("\"id\":\"state:PHL\"", "\"id\":\"org:un\"");
        byte[] png = Files.readAllBytes(awaitFile("state-PHL.png"));
        assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    @Test
    void shouldDownloadTheNeighbourhoodAsGraphMlAndTheSourcesAsBibTeX() throws IOException {
        allowDownloads();
        Files.deleteIfExists(browser.downloads().resolve("citations.bib"));
        browser.open("/?id=org:iom");

        browser.find("details.downloads summary").click();
        browser.findAll("details.downloads a").stream().filter(a -> a.getText().startsWith("GraphML")).findFirst().orElseThrow().click();
        browser.findAll("details.downloads a").stream().filter(a -> a.getText().equals("BibTeX")).findFirst().orElseThrow().click();

        browser.await().until(d -> graphMl().isPresent());
        String graphMl = Files.readString(graphMl().orElseThrow());
        List<String> neighbours = graphQl.document("{ neighborhood(id: \"org:iom\", depth: 1, limit: 500) { nodes { id } } }")
                .execute().path("neighborhood.nodes[*].id").entityList(String.class).get();
        assertThat(graphMl.split("<node ", -1).length - 1).isEqualTo(neighbours.size());
        assertThat(Files.readString(awaitFile("citations.bib"))).contains("@misc{doc_network-briefing-2019-12-12");
    }

    /** The GraphML the download link saved, once Chromium has finished writing it. */
    private Optional<Path> graphMl() {
        try (var files = Files.list(browser.downloads())) {
            return files.filter(f -> f.getFileName().toString().matches("migration-graph-r\\d+-org-iom-1-graph\\.graphml"))
                    .filter(f -> f.toFile().length() > 0).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Test
    void shouldLayOutTheWholeCoordinationNetworkAndAddKindsFromTheFilters() {
        browser.open("/?view=coordination");
        int actors = drawnNodes();
        assertThat(actors).isGreaterThan(100);
        assertThat(browser.find(".graph").getDomAttribute("data-layout-ms")).isNotBlank();

        browser.find("details.filters summary").click();
        browser.find("details.filters input[value=Topic]").click();
        browser.await().until(d -> browser.location().contains("Topic"));
        browser.waitUntilIdle();

        assertThat(drawnNodes()).isGreaterThan(actors);
    }

    @Test
    void shouldOpenTheEntityPanelFromTheCoordinationNetworkAndKeepItInTheAddress() {
        browser.open("/?view=coordination");
        drawnNodes();

        clickNode("org:iom", false);
        browser.await().until(d -> browser.location().equals("/?view=coordination&sel=org:iom"));
        browser.waitUntilIdle();

        assertThat(browser.find("#entity-name").getText()).isEqualTo("International Organization for Migration");
        assertThat(browser.find(".panel a[href='/?id=org%3Aiom']").getText()).isEqualTo("Open its neighbourhood");
    }

    @Test
    void shouldDrawEachKindInTheLegendWithItsShape() {
        browser.open("/?id=state:PHL");
        drawnNodes();

        assertThat(icon("Member State").getCssValue("border-radius")).isEqualTo("50%");
        assertThat(icon("Region").getCssValue("clip-path")).startsWith("polygon(");
        assertThat(icon("Organization").getCssValue("clip-path")).isEqualTo("none");
    }

    @Test
    void shouldDrawASmallNeighbourhoodAsARingAroundItsCentre() {
        browser.open("/?id=org:iom");
        drawnNodes();

        @SuppressWarnings("unchecked")
        List<Number> distances = (List<Number>) browser.script("const cy = arguments[0]._cyreg.cy;"
                + " const c = cy.getElementById('org:iom').position();"
                + " return cy.nodes().filter(n => n.id() !== 'org:iom').map(n => Math.hypot(n.position().x - c.x, n.position().y - c.y));",
                browser.find(".graph"));
        double min = distances.stream().mapToDouble(Number::doubleValue).min().orElseThrow();
        double max = distances.stream().mapToDouble(Number::doubleValue).max().orElseThrow();
        assertThat(distances).hasSize(6);
        assertThat(max - min).as("every neighbour one hop out sits on one ring").isLessThan(1.0);
        assertThat(min).isGreaterThan(50);
    }

    private WebElement icon(String kind) {
        return browser.findAll(".legend li").stream().filter(li -> li.getText().equals(kind)).findFirst().orElseThrow()
                .findElement(By.tagName("i"));
    }

    private WebElement button(String text) {
        return browser.findAll("button").stream().filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    /** Clicks a drawn node where Cytoscape rendered it (its container keeps the instance). */
    private void clickNode(String id, boolean twice) {
        WebElement canvas = browser.find(".graph");
        // Zoomed in on the node first, as a reader would in a dense network, so no neighbour covers
        // it; then the names placed again (data-label-zoom), since a name can be hit too.
        browser.script("const cy = arguments[0]._cyreg.cy; cy.zoom(Math.max(cy.zoom(), 3)); cy.center(cy.getElementById(arguments[1]));"
                + " delete arguments[0].dataset.labelZoom;", canvas, id);
        browser.await().until(d -> canvas.getAttribute("data-label-zoom") != null);
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) browser.script(
                "const cy = arguments[0]._cyreg.cy; const p = cy.getElementById(arguments[1]).renderedPosition();"
                        + " return { x: p.x - cy.width() / 2, y: p.y - cy.height() / 2 };", canvas, id);
        Actions actions = pointInDrawing(at);
        (twice ? actions.doubleClick() : actions.click()).perform();
    }

    private void allowDownloads() {
        browser.driver().executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", browser.downloads().toString()));
    }

    private Path awaitFile(String name) {
        Path file = browser.downloads().resolve(name);
        browser.await().until(d -> Files.exists(file) && file.toFile().length() > 0);
        return file;
    }
}
