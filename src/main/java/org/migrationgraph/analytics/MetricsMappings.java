package org.migrationgraph.analytics;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.migrationgraph.entity.EntityView;
import org.migrationgraph.graph.Subgraph;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Metrics where dashboards already are: on a drawn subgraph (network, neighbourhood), computed
 * over exactly what it holds, so each node can be sized and coloured; and the most central
 * entities on Stats.
 */
@Controller
class MetricsMappings {

    private final NetworkAnalytics analytics;

    MetricsMappings(NetworkAnalytics analytics) {
        this.analytics = analytics;
    }

    @SchemaMapping(typeName = "Subgraph", field = "metrics")
    List<NetworkMetrics.Ranked> subgraphMetrics(Subgraph subgraph) {
        Set<String> ids = new LinkedHashSet<>();
        subgraph.nodes().forEach(n -> ids.add(n.id()));
        List<String[]> edges = subgraph.edges().stream().map(e -> new String[] {e.source(), e.target()}).toList();
        Map<String, Metrics.NodeMetrics> metrics = Metrics.of(ids, edges);
        return subgraph.nodes().stream().map(n -> ranked(n, metrics.get(n.id())))
                .sorted(Comparator.comparingDouble(NetworkMetrics.Ranked::pageRank).reversed()
                        .thenComparing(r -> r.entity().id()))
                .toList();
    }

    @SchemaMapping(typeName = "Stats", field = "mostCentral")
    List<NetworkMetrics.Ranked> mostCentral(@Argument NetworkAnalytics.Measure by, @Argument Integer first) {
        return analytics.metrics(null, null, false, by == null ? NetworkAnalytics.Measure.PAGE_RANK : by, first == null ? 10 : first).nodes();
    }

    private static NetworkMetrics.Ranked ranked(EntityView entity, Metrics.NodeMetrics m) {
        return new NetworkMetrics.Ranked(entity, m.degree(), m.betweenness(), m.pageRank(), m.community());
    }
}
