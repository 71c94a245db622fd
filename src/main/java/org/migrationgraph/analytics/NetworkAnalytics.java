package org.migrationgraph.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.migrationgraph.change.GraphChanges;
import org.migrationgraph.entity.EntityRepository;
import org.migrationgraph.entity.EntityView;
import org.migrationgraph.support.ApiException;
import org.migrationgraph.support.ErrorCode;
import org.migrationgraph.vocabulary.Vocabulary;
import org.springframework.stereotype.Service;

/**
 * Metrics and interlocks, with the subgraph's relation types worked out once: the types asked
 * for, else every type but the structural ones (unless included). Metrics of one subgraph are
 * kept until the graph changes (its generation), so a dashboard's repeated question is answered
 * from memory.
 */
@Service
class NetworkAnalytics {

    static final int MAX_FIRST = 500;
    /**
     * Betweenness is exact (Brandes, time proportional to entities times relations): about a
     * second at this size on 2 cores, hours at a million. Beyond it the request is refused, not
     * left to hold a core; a sampled betweenness would lift the bound (scale issue).
     */
    static final int MAX_ENTITIES = 10_000;

    enum Measure { DEGREE, BETWEENNESS, PAGE_RANK }

    private record Key(long generation, List<String> kinds, List<String> types) {
    }

    private record Computed(Map<String, Metrics.NodeMetrics> metrics, int relations) {
    }

    private final AnalyticsRepository repository;
    private final EntityRepository entities;
    private final Vocabulary vocabulary;
    private final GraphChanges changes;
    private final Cache<Key, Computed> computed = Caffeine.newBuilder().maximumSize(32).expireAfterAccess(Duration.ofHours(1)).build();

    NetworkAnalytics(AnalyticsRepository repository, EntityRepository entities, Vocabulary vocabulary, GraphChanges changes) {
        this.repository = repository;
        this.entities = entities;
        this.vocabulary = vocabulary;
        this.changes = changes;
    }

    NetworkMetrics metrics(List<String> kinds, List<String> relationTypes, boolean includeStructural, Measure orderBy, int first) {
        requireFirst(first);
        if (kinds != null) {
            vocabulary.requireKinds("kinds", kinds);
        }
        List<String> types = types(relationTypes, includeStructural);
        Computed result = computed.get(new Key(changes.generation(), kinds == null ? null : List.copyOf(kinds), types), key -> {
            // One id past the bound is enough to refuse: a million-entity graph is not read to say no.
            Set<String> nodes = repository.nodes(kinds, MAX_ENTITIES + 1);
            requireComputable(nodes.size(), kinds);
            List<String[]> edges = repository.edges(kinds, types);
            return new Computed(Metrics.of(nodes, edges), edges.size());
        });
        List<Metrics.NodeMetrics> ranked = new ArrayList<>(result.metrics().values());
        ranked.sort(order(orderBy).thenComparing(Metrics.NodeMetrics::id));
        List<Metrics.NodeMetrics> top = ranked.subList(0, Math.min(first, ranked.size()));
        Map<String, EntityView> views = entities.findByIds(top.stream().map(Metrics.NodeMetrics::id).toList());
        List<NetworkMetrics.Ranked> nodes = top.stream().filter(m -> views.containsKey(m.id()))
                .map(m -> new NetworkMetrics.Ranked(views.get(m.id()), m.degree(), m.betweenness(), m.pageRank(), m.community())).toList();
        int communities = (int) result.metrics().values().stream().map(Metrics.NodeMetrics::community).distinct().count();
        return new NetworkMetrics(result.metrics().size(), result.relations(), communities, types, leftOut(types), nodes);
    }

    List<Interlock> interlocks(String id, List<String> kinds, boolean includeStructural, int first) {
        requireFirst(first);
        vocabulary.requireEntityIds("id", List.of(id));
        if (kinds != null) {
            vocabulary.requireKinds("kinds", kinds);
        }
        return repository.interlocks(id, kinds, types(null, includeStructural), first, 20);
    }

    private static void requireComputable(int entities, List<String> kinds) {
        if (entities > MAX_ENTITIES) {
            throw new ApiException(ErrorCode.QUERY_TOO_COMPLEX, String.format("These metrics would cover at least %,d entities%s; betweenness over "
                    + "more than %,d would take minutes to hours. Choose kinds that select fewer, e.g. kinds: [\"Organization\", \"Group\", "
                    + "\"Initiative\", \"Framework\"].", entities, kinds == null ? " (every kind)" : " of " + String.join(", ", kinds), MAX_ENTITIES));
        }
    }

    /** The relation types asked for, checked; else every declared type, less the structural ones unless included. */
    List<String> types(List<String> asked, boolean includeStructural) {
        if (asked != null) {
            vocabulary.requireRelationTypes("relationTypes", asked);
            return asked.stream().sorted().toList();
        }
        List<String> structural = vocabulary.structuralRelationTypes();
        return vocabulary.relationTypeNames().stream().filter(t -> includeStructural || !structural.contains(t)).toList();
    }

    private List<String> leftOut(List<String> types) {
        return vocabulary.relationTypeNames().stream().filter(t -> !types.contains(t)).toList();
    }

    private static Comparator<Metrics.NodeMetrics> order(Measure measure) {
        return switch (measure) {
            case DEGREE -> Comparator.comparingInt(Metrics.NodeMetrics::degree).reversed();
            case BETWEENNESS -> Comparator.comparingDouble(Metrics.NodeMetrics::betweenness).reversed();
            case PAGE_RANK -> Comparator.comparingDouble(Metrics.NodeMetrics::pageRank).reversed();
        };
    }

    private static void requireFirst(int first) {
        if (first < 1 || first > MAX_FIRST) {
            throw ApiException.badInput("'first' is " + first + "; ask for 1 to " + MAX_FIRST + ".");
        }
    }
}
