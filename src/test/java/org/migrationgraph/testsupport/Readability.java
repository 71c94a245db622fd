package org.migrationgraph.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.openqa.selenium.By;

/**
 * What a reader sees of a drawn graph, measured in Chromium: the labels painted and how many of
 * them collide (src/test/resources/explorer/label-overlaps.js), and the layout time the page
 * reports. Shared by the explorer's readability test and its before/after benchmark.
 */
public final class Readability {

    private static final String OVERLAPS = load("/explorer/label-overlaps.js");

    /**
     * The figures of one drawing: painted labels, label-on-label and label-on-node collisions, zoom,
     * layout time (the page's data-layout-ms), and the time from navigation to the page's first view
     * drawn (its explorer:interactive mark).
     */
    public record Figures(int labels, int labelOverlaps, int labelsOverNodes, double zoom, double layoutMs, int nodes, double interactiveMs) {

        public int collisions() {
            return labelOverlaps + labelsOverNodes;
        }
    }

    private Readability() {
    }

    /** Emulates a screen of exactly this many CSS pixels (the window's chrome left out), as a phone or a desktop. */
    public static void viewport(Browser browser, int width, int height) {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Back to the window's own size. */
    public static void resetViewport(Browser browser) {
        browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Opens a graph view, waits until its drawing is laid out and measures it. */
    public static Figures measure(Browser browser, String path) {
        browser.open(path);
        browser.await().until(d -> !d.findElements(By.cssSelector(".graph[data-layout-ms]")).isEmpty());
        return count(browser);
    }

    /** Measures the drawing on screen as it is now (after a zoom, say). */
    public static Figures count(Browser browser) {
        var graph = browser.find(".graph[data-layout-ms]");
        @SuppressWarnings("unchecked")
        Map<String, Number> figures = (Map<String, Number>) browser.script(OVERLAPS, graph);
        return new Figures(figures.get("labels").intValue(), figures.get("labelOverlaps").intValue(),
                figures.get("labelsOverNodes").intValue(), figures.get("zoom").doubleValue(),
                Double.parseDouble(graph.getDomAttribute("data-layout-ms")), Integer.parseInt(graph.getDomAttribute("data-nodes")),
                ((Number) browser.script("return performance.getEntriesByName('explorer:interactive')[0]?.startTime ?? -1;")).doubleValue());
    }

    private static String load(String resource) {
        try (InputStream in = Readability.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
