package org.migrationgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.Browser;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Not part of the test suite: the explorer's budgets measured in headless Chromium, run with
 * bench/explorer.sh. "Interactive" is the page's own performance mark, set when the first view
 * has its data drawn and its controls live; "layout" is the time Cytoscape takes to lay out
 * the drawn graph, read from the graph's data-layout-ms. Fixed counts, loopback only.
 */
class ExplorerBenchmark extends GraphIntegrationTest {

    private static final int RUNS = Integer.getInteger("bench.runs", 15);
    private static final String ALL_KINDS = "Document,Event,Framework,Group,Initiative,Meeting,MemberState,"
            + "Objective,ObserverState,Organization,Person,Principle,Region,Statement,Topic";

    @LocalServerPort
    int port;

    @Test
    void measureTheExplorerBudgets() throws Exception {
        StringBuilder report = new StringBuilder("| measure | runs | median | p90 | max | budget |\n|---|---|---|---|---|---|\n");
        try (Browser browser = Browser.start(port)) {
            // The very first load meets a cold server (JIT, Cypher plans) and an empty browser cache.
            row(report, "cold first load after start: overview `/`", interactive(browser, "/", 1), "-");
            row(report, "first view interactive: overview `/`", interactive(browser, "/"), "1000 ms");
            row(report, "first view interactive: entity `/?id=state:PHL`", interactive(browser, "/?id=state:PHL"), "1000 ms");
            row(report, "first view interactive: coordination network", interactive(browser, "/?view=coordination"), "-");
            row(report, "layout: coordination network (default kinds)", layout(browser, "/?view=coordination"), "2000 ms");
            row(report, "layout: whole seed graph (all 15 kinds)", layout(browser, "/?view=coordination&kinds=" + ALL_KINDS), "2000 ms");
            row(report, "first view interactive: whole seed graph", interactive(browser, "/?view=coordination&kinds=" + ALL_KINDS), "-");
        }
        Files.writeString(Path.of("target", "explorer-benchmark-report.md"), report);
        System.out.println(report);
    }

    /** Milliseconds from navigation start to the page's explorer:interactive mark. */
    private List<Double> interactive(Browser browser, String path) {
        return interactive(browser, path, RUNS);
    }

    private List<Double> interactive(Browser browser, String path, int runs) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            browser.open(path);
            times.add(((Number) browser.script(
                    "return performance.getEntriesByName('explorer:interactive')[0].startTime;")).doubleValue());
        }
        return times;
    }

    private List<Double> layout(Browser browser, String path) throws IOException {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            browser.open(path);
            times.add(Double.parseDouble(browser.find(".graph[data-layout-ms]").getDomAttribute("data-layout-ms")));
        }
        browser.screenshot("benchmark-layout-" + path.hashCode());
        return times;
    }

    private static void row(StringBuilder report, String name, List<Double> times, String budget) {
        List<Double> sorted = times.stream().sorted().toList();
        report.append(String.format("| %s | %d | %.0f ms | %.0f ms | %.0f ms | %s |%n", name, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1), sorted.get(sorted.size() - 1), budget));
    }
}
