package org.migrationgraph.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.extensions.ExtensionsBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.migrationgraph.vocabulary.Vocabulary;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Ranked entity search; an empty first page explains itself in the response's extensions. */
@Controller
class SearchController {

    private final SearchService search;
    private final Vocabulary vocabulary;

    SearchController(SearchService search, Vocabulary vocabulary) {
        this.search = search;
        this.vocabulary = vocabulary;
    }

    /**
     * A search that finds nothing says so in the response's extensions (noMatches), with the
     * nearest names, rather than leaving an empty list without a hint.
     */
    @QueryMapping
    SearchConnection search(@Argument String query, @Argument List<String> kinds, @Argument Integer first,
                                               @Argument String after, DataFetchingEnvironment env) {
        vocabulary.requireKinds("kinds", kinds);
        SearchConnection page = search.search(query, kinds, first, after);
        if (page.edges().isEmpty() && after == null) {
            Map<String, Object> noMatch = new LinkedHashMap<>();
            noMatch.put("path", env.getExecutionStepInfo().getPath().toList());
            noMatch.put("query", query);
            noMatch.put("message", "Nothing matches '" + query + "'" + (kinds == null ? "" : " among " + kinds)
                    + "; the nearest names are in didYouMean.");
            noMatch.put("didYouMean", search.nearestNames(query));
            ExtensionsBuilder extensions = env.getGraphQlContext().get(ExtensionsBuilder.class);
            extensions.addValues(Map.of("noMatches", List.of(noMatch)));
        }
        return page;
    }
}
