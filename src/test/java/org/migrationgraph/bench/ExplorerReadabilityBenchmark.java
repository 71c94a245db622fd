package org.migrationgraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.Browser;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.migrationgraph.testsupport.Readability;
import org.migrationgraph.testsupport.Readability.Figures;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Not part of the test suite: how readable the default graph views are, before and after a
 * change, in one run (bench/explorer-readability.sh). For each build (this one, and the one at
 * -Dbench.before-url when given), each screen (1400x900, 390x844) and each view: the labels
 * painted, their collisions and the layout time, the median of several loads, and a screenshot
 * under target/explorer-screenshots/.
 */
class ExplorerReadabilityBenchmark extends GraphIntegrationTest {

    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final String ALL_KINDS = "Document,Event,Framework,Group,Initiative,Meeting,MemberState,"
            + "Objective,ObserverState,Organization,Person,Principle,Region,SdgGoal,SdgTarget,Statement,Topic";
    private static final Map<String, String> VIEWS = new LinkedHashMap<>();
    private static final int[][] SCREENS = {{1400, 900}, {390, 844}};

    static {
        VIEWS.put("coordination", "/?view=coordination");
        VIEWS.put("entity", "/?id=state:PHL");
        VIEWS.put("path", "/?view=path&from=state:DEU&to=framework:gcm");
    }

    @LocalServerPort
    int port;

    @Test
    void measureTheDefaultViewsBeforeAndAfter() throws Exception {
        // Every kind and every relation type named, so that both builds draw the same whole graph.
        List<String> types = graphQl.document("{ vocabulary { relationTypes { name count } } }").execute()
                .path("vocabulary.relationTypes[?(@.count > 0)].name").entityList(String.class).get();
        VIEWS.put("whole-graph", "/?view=coordination&kinds=" + ALL_KINDS + "&types=" + String.join(",", types));
        StringBuilder report = new StringBuilder("| build | screen | view | nodes | labels painted | label overlaps | labels over nodes | zoom | layout median | layout max | first view drawn, median |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        String before = System.getProperty("bench.before-url");
        if (before != null && !before.isBlank()) {
            measure("before", before, report);
        }
        measure("after", "http://localhost:" + port, report);
        Files.writeString(Path.of("target", "explorer-readability-report.md"), report);
        System.out.println(report);
    }

    private static void measure(String build, String baseUrl, StringBuilder report) throws Exception {
        try (Browser browser = Browser.startAt(baseUrl)) {
            for (int[] screen : SCREENS) {
                Readability.viewport(browser, screen[0], screen[1]);
                for (var view : VIEWS.entrySet()) {
                    List<Figures> runs = new ArrayList<>();
                    for (int i = 0; i < RUNS; i++) {
                        runs.add(Readability.measure(browser, view.getValue()));
                    }
                    browser.screenshot(build + "-" + view.getKey() + "-" + screen[0] + "x" + screen[1]);
                    row(report, build, screen, view.getKey(), runs);
                }
            }
        }
    }

    /** Medians over the runs (the layouts start from random positions), and the worst layout time. */
    private static void row(StringBuilder report, String build, int[] screen, String view, List<Figures> runs) {
        report.append(String.format("| %s | %dx%d | %s | %d | %d | %d | %d | %.2f | %.0f ms | %.0f ms | %.0f ms |%n", build, screen[0], screen[1], view,
                runs.get(0).nodes(), median(runs, Figures::labels), median(runs, Figures::labelOverlaps),
                median(runs, Figures::labelsOverNodes), runs.get(0).zoom(),
                runs.stream().map(Figures::layoutMs).sorted().toList().get(runs.size() / 2),
                runs.stream().map(Figures::layoutMs).max(Comparator.naturalOrder()).orElseThrow(),
                runs.stream().map(Figures::interactiveMs).sorted().toList().get(runs.size() / 2)));
    }

    private static int median(List<Figures> runs, java.util.function.ToIntFunction<Figures> figure) {
        return runs.stream().mapToInt(figure).sorted().toArray()[runs.size() / 2];
    }
}
