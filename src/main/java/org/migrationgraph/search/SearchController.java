package org.migrationgraph.search;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @QueryMapping
    SearchConnection search(@Argument String query, @Argument List<String> kinds, @Argument Integer first,
                            @Argument String after) {
        return search.search(query, kinds, first, after);
    }
}
