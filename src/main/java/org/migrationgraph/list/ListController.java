package org.migrationgraph.list;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.migrationgraph.api.OffsetCursor;
import org.migrationgraph.entity.Projection;
import org.migrationgraph.vocabulary.Vocabulary;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The generic list query and totalCount; the per-kind lists are wired in {@link ListWiring}. */
@Controller
class ListController {

    private final ListRepository lists;
    private final Vocabulary vocabulary;

    ListController(ListRepository lists, Vocabulary vocabulary) {
        this.lists = lists;
        this.vocabulary = vocabulary;
    }

    @QueryMapping
    EntityConnection entities(@Argument String kind, @Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy,
                        @Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
        return list(kind, where, orderBy, first, after, Projection.of(selection, null, "nodes", "edges/node"));
    }

    /** Counted only when a query selects it: a second statement, skipped otherwise. */
    @SchemaMapping(typeName = "EntityConnection", field = "totalCount")
    int totalCount(EntityConnection page) {
        return lists.count(page.query());
    }

    EntityConnection list(String kind, Map<String, Object> where, List<Map<String, Object>> orderBy, Integer first, String after,
                          Projection projection) {
        if (kind != null) {
            vocabulary.requireKinds("kind", List.of(kind));
        }
        WhereVocabulary.check(where, "where", vocabulary);
        return lists.page(new ListQuery(kind, WhereCompiler.compile(where), orderBy, OffsetCursor.pageSize(first),
                OffsetCursor.startAfter(after)), projection);
    }
}
