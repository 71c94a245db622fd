package org.migrationgraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;

/**
 * Search quality on queries written as researchers type them (src/test/resources/search/quality.tsv):
 * names, aliases, abbreviations, former names, misspellings, phrases and sentences from both
 * documents, two-concept queries and statements described by what they ask. Recall@3 is the share
 * of expected entities found in the top 3; MRR is the mean of 1/rank of the first expected entity
 * in the top 10. The figures go to target/search-quality.txt with every miss.
 */
class SearchQualityIT extends GraphIntegrationTest {

    static final double MIN_RECALL_AT_3 = 0.95;
    static final double MIN_MRR = 0.85;

    record Case(String query, List<String> expected, String category) {
    }

    static List<Case> cases() throws IOException {
        try (InputStream in = SearchQualityIT.class.getResourceAsStream("/search/quality.tsv")) {
            List<Case> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                cases.add(new Case(cells[0], Arrays.asList(cells[1].split(",")), cells[2]));
            }
            return cases;
        }
    }

    private List<String> top10(String query) {
        return graphQl.document("query($q: String!) { search(query: $q, first: 10) { edges { node { id } } } }")
                .variable("q", query).execute()
                .path("search.edges[*].node.id").entityList(String.class).get();
    }

    @Test
    void shouldFindWhatResearchersTypeInTheTop3() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        double recall = 0;
        double reciprocalRanks = 0;
        List<String> misses = new ArrayList<>();
        Map<String, double[]> byCategory = new TreeMap<>();
        for (Case c : cases) {
            List<String> found = top10(c.query());
            List<String> top3 = found.subList(0, Math.min(3, found.size()));
            double caseRecall = c.expected().stream().filter(top3::contains).count() / (double) c.expected().size();
            int rank = 0;
            for (int i = 0; i < found.size() && rank == 0; i++) {
                if (c.expected().contains(found.get(i))) {
                    rank = i + 1;
                }
            }
            double reciprocal = rank == 0 ? 0 : 1.0 / rank;
            recall += caseRecall;
            reciprocalRanks += reciprocal;
            double[] category = byCategory.computeIfAbsent(c.category(), k -> new double[3]);
            category[0]++;
            category[1] += caseRecall;
            category[2] += reciprocal;
            if (caseRecall < 1) {
                misses.add("\"" + c.query() + "\" expected " + c.expected() + ", top 3 " + top3);
            }
        }
        recall /= cases.size();
        double mrr = reciprocalRanks / cases.size();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "queries %d  recall@3 %.3f  MRR %.3f%n", cases.size(), recall, mrr));
        byCategory.forEach((name, v) -> report.append(String.format(Locale.ROOT, "  %-14s %3d  recall@3 %.3f  MRR %.3f%n",
                name, (int) v[0], v[1] / v[0], v[2] / v[0])));
        misses.forEach(m -> report.append("  miss: ").append(m).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/search-quality.txt"), report);
        System.out.print(report);
        assertThat(recall).as(report.toString()).isGreaterThanOrEqualTo(MIN_RECALL_AT_3);
        assertThat(mrr).as(report.toString()).isGreaterThanOrEqualTo(MIN_MRR);
    }
}
