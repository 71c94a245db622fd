package org.migrationgraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.migrationgraph.api.ApiException;
import org.migrationgraph.api.OffsetCursor;
import org.migrationgraph.api.PageInfo;
import org.migrationgraph.entity.EntityMapping;
import org.migrationgraph.entity.EntityView;
import org.migrationgraph.reads.GraphReads;
import org.springframework.stereotype.Service;

/** Ranked entity search on the entity_search full-text index (schema migration V0002). */
@Service
class SearchService {

    static final int MAX_QUERY_LENGTH = 200;

    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
            WHERE $kinds IS NULL OR any(k IN $kinds WHERE k IN labels(node))
            WITH node, score ORDER BY score DESC, node.id SKIP $skip LIMIT $limit
            RETURN node {.*} AS node, labels(node) AS labels, score
            """;

    private final GraphReads reads;

    SearchService(GraphReads reads) {
        this.reads = reads;
    }

    SearchConnection search(String query, List<String> kinds, Integer first, String after) {
        int size = OffsetCursor.pageSize(first);
        int skip = OffsetCursor.startAfter(after);
        String lucene = luceneFor(query);
        // One statement: the ranked page with its entities, so a search costs one round trip.
        List<Scored> rows = reads.list(SEARCH, GraphReads.parameters("lucene", lucene, "skip", skip, "limit", size + 1, "kinds", kinds),
                r -> new Scored(EntityMapping.toView(r.get("node").asMap(), r.get("labels").asList(v -> v.asString())),
                        r.get("score").asDouble()));
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < Math.min(size, rows.size()); i++) {
            hits.add(new SearchHit(rows.get(i).entity(), rows.get(i).score(), OffsetCursor.encode(skip + i)));
        }
        return new SearchConnection(hits, new PageInfo(rows.size() > size, skip > 0,
                hits.isEmpty() ? null : hits.get(0).cursor(), hits.isEmpty() ? null : hits.get(hits.size() - 1).cursor()));
    }

    private record Scored(EntityView entity, double score) {
    }

    private static String luceneFor(String query) {
        if (query.length() > MAX_QUERY_LENGTH) {
            throw ApiException.badInput("'query' is " + query.length() + " characters long; keep it to " + MAX_QUERY_LENGTH + ".");
        }
        String lucene = LuceneQuery.from(query);
        if (lucene.isEmpty()) {
            throw ApiException.badInput("'query' holds no letters or digits to search for; type part of a name, e.g. \"Phil\".");
        }
        return lucene;
    }
}
