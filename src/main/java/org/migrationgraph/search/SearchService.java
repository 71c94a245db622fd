package org.migrationgraph.search;

import java.util.List;
import java.util.Map;

import org.migrationgraph.support.ApiException;
import org.migrationgraph.support.NameKeys;
import org.migrationgraph.support.OffsetCursor;
import org.migrationgraph.support.Page;
import org.migrationgraph.entity.EntityMapping;
import org.migrationgraph.entity.EntityView;
import org.migrationgraph.reads.GraphReads;
import org.springframework.stereotype.Service;

/** Ranked entity search on the entity_search full-text index (schema migrations V0002, V0004). */
@Service
class SearchService {

    static final int MAX_QUERY_LENGTH = 200;
    /** An entity one of whose names is exactly what was typed ranks as if it scored this many times more. */
    static final double EXACT_NAME_BOOST = 3.0;
    /** How far past the page the index is read, so that the exact-name boost can lift an entity into it. */
    private static final int LOOK_AHEAD = 50;
    /** With a kind filter the index is read this far, since the filter applies after it. */
    private static final int FILTERED_CANDIDATES = 10_000;

    /**
     * One statement: the index's best candidates (never a scan), the kind filter, the exact-name
     * boost from the stored name keys, and the ranked page with its entities.
     */
    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $candidates}) YIELD node, score
            WHERE $anyKind OR any(k IN $kinds WHERE k IN labels(node))
            WITH node, score * CASE WHEN $key IN coalesce(node.nameKeys, []) THEN $exactBoost ELSE 1.0 END AS score
            ORDER BY score DESC, node.id SKIP $skip LIMIT $limit
            RETURN node {.*} AS node, labels(node) AS labels, score
            """;
    /** Only when nothing matched: names and aliases up to two typos or sharing a word's start. */
    private static final String NEAREST_NAMES = """
            CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: 5}) YIELD node
            RETURN node.id AS id, node.name AS name, node.kind AS kind
            """;

    private final GraphReads reads;
    private final WordsInIndex words;

    SearchService(GraphReads reads, WordsInIndex words) {
        this.reads = reads;
        this.words = words;
    }

    SearchConnection search(String query, List<String> kinds, Integer first, String after) {
        int size = OffsetCursor.pageSize(first);
        int skip = OffsetCursor.startAfter(after);
        String text = checked(query);
        String lucene = LuceneQuery.from(text, words.held(LuceneQuery.twoTypoWords(text)));
        if (lucene.isEmpty()) {
            throw ApiException.badInput("'query' holds no letters or digits to search for; type part of a name, e.g. \"Phil\".");
        }
        List<Scored> rows = reads.list(SEARCH, parameters(query, lucene, kinds, skip, size),
                r -> new Scored(EntityMapping.toView(r.get("node").asMap(), r.get("labels").asList(v -> v.asString())),
                        r.get("score").asDouble()));
        Page<SearchHit> page = Page.of(rows, size, skip, (cursor, row) -> new SearchHit(row.entity(), row.score(), cursor));
        return new SearchConnection(page.edges(), page.pageInfo());
    }

    /**
     * The kinds as {@link GraphReads#optionalList}: a search without kinds adds no plan of its own,
     * where a null list was planned again on the first search of that shape after a start.
     */
    static Map<String, Object> parameters(String query, String lucene, List<String> kinds, int skip, int size) {
        int candidates = kinds == null ? skip + size + 1 + LOOK_AHEAD : FILTERED_CANDIDATES;
        return GraphReads.optionalList(GraphReads.parameters("lucene", lucene, "skip", skip, "limit", size + 1,
                "candidates", candidates, "key", NameKeys.of(query), "exactBoost", EXACT_NAME_BOOST), "kinds", "anyKind", kinds);
    }

    /** The entities whose names come nearest to a query that matched nothing, best first. */
    List<Map<String, String>> nearestNames(String query) {
        String lucene = LuceneQuery.nearestNames(query);
        if (lucene.isEmpty()) {
            return List.of();
        }
        return reads.list(NEAREST_NAMES, Map.of("lucene", lucene), r -> Map.of("id", r.get("id").asString(),
                "name", r.get("name").asString(), "kind", r.get("kind").asString()));
    }

    private record Scored(EntityView entity, double score) {
    }

    private static String checked(String query) {
        if (query.length() > MAX_QUERY_LENGTH) {
            throw ApiException.badInput("'query' is " + query.length() + " characters long; keep it to " + MAX_QUERY_LENGTH + ".");
        }
        return query;
    }
}
