package org.migrationgraph.search;

import java.util.List;

import org.migrationgraph.vocabulary.Vocabulary;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SearchController {

    private final SearchService search;
    private final Vocabulary vocabulary;

    SearchController(SearchService search, Vocabulary vocabulary) {
        this.search = search;
        this.vocabulary = vocabulary;
    }

    @QueryMapping
    SearchConnection search(@Argument String query, @Argument List<String> kinds, @Argument Integer first,
                            @Argument String after) {
        vocabulary.requireKinds("kinds", kinds);
        return search.search(query, kinds, first, after);
    }
}
