package org.migrationgraph.search;

import java.util.List;

import org.migrationgraph.entity.EntityView;
import org.springframework.stereotype.Component;

/**
 * Search's ranking, for other features that match names to entities (reconciliation): the best
 * candidates for a text, typos and accents forgiven, an exact name or alias first.
 */
@Component
public class NameCandidates {

    private final SearchService search;

    NameCandidates(SearchService search) {
        this.search = search;
    }

    /** A candidate entity and search's score for it (not normalised: compare within one text only). */
    public record Candidate(EntityView entity, double score) {
    }

    /** At most {@code limit} (1 to 100) candidates of the given kinds (all when null), best first; none for a text without letters or digits. */
    public List<Candidate> of(String text, List<String> kinds, int limit) {
        if (LuceneQuery.from(text).isEmpty()) {
            return List.of();
        }
        return search.search(text, kinds, limit, null).edges().stream().map(hit -> new Candidate(hit.node(), hit.score())).toList();
    }
}
