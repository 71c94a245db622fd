package org.migrationgraph.list;

import java.util.List;
import java.util.Map;

import org.migrationgraph.api.OffsetCursor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The list queries: one per kind, all the same shape. */
@Controller
class ListController {

    private final ListRepository lists;

    ListController(ListRepository lists) {
        this.lists = lists;
    }

    @QueryMapping
    EntityConnection entities(@Argument String kind, @Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy,
                        @Argument Integer first, @Argument String after) {
        return list(kind, where, orderBy, first, after);
    }

    @QueryMapping
    EntityConnection memberStates(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy, @Argument Integer first, @Argument String after) {
        return list("MemberState", where, orderBy, first, after);
    }

    @QueryMapping
    EntityConnection organizations(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy, @Argument Integer first, @Argument String after) {
        return list("Organization", where, orderBy, first, after);
    }

    @QueryMapping
    EntityConnection frameworks(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy, @Argument Integer first, @Argument String after) {
        return list("Framework", where, orderBy, first, after);
    }

    @QueryMapping
    EntityConnection objectives(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy, @Argument Integer first, @Argument String after) {
        return list("Objective", where, orderBy, first, after);
    }

    @QueryMapping
    EntityConnection initiatives(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy, @Argument Integer first, @Argument String after) {
        return list("Initiative", where, orderBy, first, after);
    }

    @QueryMapping
    EntityConnection meetings(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy, @Argument Integer first, @Argument String after) {
        return list("Meeting", where, orderBy, first, after);
    }

    @QueryMapping
    EntityConnection regions(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy, @Argument Integer first, @Argument String after) {
        return list("Region", where, orderBy, first, after);
    }

    @QueryMapping
    EntityConnection topics(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy, @Argument Integer first, @Argument String after) {
        return list("Topic", where, orderBy, first, after);
    }

    @QueryMapping
    EntityConnection statements(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy, @Argument Integer first, @Argument String after) {
        return list("Statement", where, orderBy, first, after);
    }

    @QueryMapping
    EntityConnection documents(@Argument Map<String, Object> where, @Argument List<Map<String, Object>> orderBy, @Argument Integer first, @Argument String after) {
        return list("Document", where, orderBy, first, after);
    }

    /** Counted only when a query selects it: a second statement, skipped otherwise. */
    @SchemaMapping(typeName = "EntityConnection", field = "totalCount")
    int totalCount(EntityConnection page) {
        return lists.count(page.query());
    }

    private EntityConnection list(String kind, Map<String, Object> where, List<Map<String, Object>> orderBy, Integer first, String after) {
        return lists.page(new ListQuery(kind, WhereCompiler.compile(where), orderBy, OffsetCursor.pageSize(first), OffsetCursor.startAfter(after)));
    }
}
