package org.migrationgraph.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.migrationgraph.entity.EntityView;
import org.migrationgraph.search.NameCandidates;
import org.springframework.stereotype.Service;

/**
 * Matches a text to entities: search's candidates (typos and accents forgiven), scored by how
 * well the text names each ({@link NameSimilarity}), adjusted by the property values the query
 * gives ({@value #PROPERTY_AGREES} up when one agrees, {@value #PROPERTY_DISAGREES} down when one
 * disagrees), best first. The best is a match when it scores at least {@value #MATCH_AT} and
 * {@value #MATCH_MARGIN} more than the next: a name two entities share is left to the user.
 */
@Service
class Reconciler {

    static final double MATCH_AT = 90;
    static final double MATCH_MARGIN = 5;
    static final double PROPERTY_AGREES = 5;
    static final double PROPERTY_DISAGREES = 30;
    /** How many of search's candidates are scored: enough for a name that several entities' aliases share. */
    private static final int SEARCHED = 20;

    private final NameCandidates candidates;

    Reconciler(NameCandidates candidates) {
        this.candidates = candidates;
    }

    List<ReconcileCandidate> reconcile(ReconcileQuery query, Map<String, String> typeNames) {
        List<Scored> scored = new ArrayList<>();
        for (NameCandidates.Candidate candidate : candidates.of(query.query(), query.types().isEmpty() ? null : query.types(), SEARCHED)) {
            EntityView entity = candidate.entity();
            List<String> names = new ArrayList<>(entity.aliases());
            names.add(0, entity.name());
            double score = NameSimilarity.score(query.query(), names) + properties(entity, query.properties());
            scored.add(new Scored(entity, Math.max(0, Math.min(100, score)), candidate.score()));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Comparator.comparingDouble(Scored::searchScore).reversed())
                .thenComparing(s -> s.entity().id()));
        List<ReconcileCandidate> results = new ArrayList<>();
        for (int i = 0; i < Math.min(query.limit(), scored.size()); i++) {
            Scored s = scored.get(i);
            boolean match = i == 0 && s.score() >= MATCH_AT && (scored.size() == 1 || s.score() - scored.get(1).score() >= MATCH_MARGIN);
            results.add(new ReconcileCandidate(s.entity().id(), s.entity().name(), s.score(), match,
                    s.entity().kinds().stream().map(k -> Map.of("id", k, "name", typeNames.getOrDefault(k, k))).toList(),
                    s.entity().description()));
        }
        return results;
    }

    /** Property conditions: {@code iso3 = GBR} agreeing with the entity's own value lifts it, disagreeing sinks it. */
    private static double properties(EntityView entity, List<Map<String, Object>> conditions) {
        double adjustment = 0;
        for (Map<String, Object> condition : conditions) {
            Object pid = condition.get("pid");
            Object wanted = condition.get("v");
            Object actual = pid == null ? null : entity.properties().get(String.valueOf(pid));
            if (actual == null || wanted == null) {
                continue;
            }
            adjustment += String.valueOf(actual).equalsIgnoreCase(String.valueOf(wanted).strip()) ? PROPERTY_AGREES : -PROPERTY_DISAGREES;
        }
        return adjustment;
    }

    private record Scored(EntityView entity, double score, double searchScore) {
    }
}
