package org.migrationgraph.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsUndirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * Degree, betweenness, PageRank and community of every node of a directed graph given as id
 * pairs: degree and betweenness on the graph taken as undirected (a tie is a tie whichever way
 * it was stated), PageRank on the directed graph (being attended, addressed or supported counts),
 * communities by label propagation with a fixed seed, so the same graph always gets the same
 * communities, numbered by size, largest first.
 */
final class Metrics {

    static final long SEED = 42;
    private static final int MAX_ITERATIONS = 100;

    private Metrics() {
    }

    /** One node's figures. */
    record NodeMetrics(String id, int degree, double betweenness, double pageRank, int community) {
    }

    static Map<String, NodeMetrics> of(Set<String> nodes, List<String[]> edges) {
        Graph<String, DefaultEdge> directed = new DirectedPseudograph<>(DefaultEdge.class);
        nodes.forEach(directed::addVertex);
        for (String[] edge : edges) {
            if (directed.containsVertex(edge[0]) && directed.containsVertex(edge[1]) && !edge[0].equals(edge[1])) {
                directed.addEdge(edge[0], edge[1]);
            }
        }
        Graph<String, DefaultEdge> undirected = new AsUndirectedGraph<>(directed);
        Map<String, Double> betweenness = normalised(new BetweennessCentrality<>(undirected, false).getScores(), nodes.size());
        Map<String, Double> pageRank = new PageRank<>(directed).getScores();
        Map<String, Integer> community = communities(undirected);
        Map<String, NodeMetrics> metrics = new HashMap<>();
        for (String node : nodes) {
            metrics.put(node, new NodeMetrics(node, undirected.degreeOf(node), betweenness.getOrDefault(node, 0.0),
                    pageRank.getOrDefault(node, 0.0), community.getOrDefault(node, 0)));
        }
        return metrics;
    }

    /**
     * Betweenness as a share of the pairs of other nodes, (n-1)(n-2)/2 in an undirected graph: what
     * networkx and Gephi report, so figures can be compared with theirs.
     */
    private static Map<String, Double> normalised(Map<String, Double> raw, int n) {
        double pairs = n > 2 ? (n - 1.0) * (n - 2.0) / 2 : 1;
        Map<String, Double> scores = new HashMap<>();
        raw.forEach((node, score) -> scores.put(node, score / pairs));
        return scores;
    }

    private static Map<String, Integer> communities(Graph<String, DefaultEdge> graph) {
        ClusteringAlgorithm.Clustering<String> clustering =
                new LabelPropagationClustering<>(graph, MAX_ITERATIONS, new Random(SEED)).getClustering();
        List<Set<String>> clusters = new java.util.ArrayList<>(clustering.getClusters());
        clusters.sort((a, b) -> a.size() != b.size() ? Integer.compare(b.size(), a.size())
                : a.stream().sorted().findFirst().orElse("").compareTo(b.stream().sorted().findFirst().orElse("")));
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (String node : clusters.get(i)) {
                numbers.put(node, i + 1);
            }
        }
        return numbers;
    }
}
