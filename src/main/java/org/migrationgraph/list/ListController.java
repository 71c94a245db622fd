package org.migrationgraph.list;

import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.support.ConnectionFields;
import org.migrationgraph.support.OffsetCursor;
import org.migrationgraph.validtime.ValidTime;
import org.migrationgraph.vocabulary.Vocabulary;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The generic list query, one query per common kind, and totalCount. */
@Controller
class ListController {

    private final ListRepository lists;
    private final Vocabulary vocabulary;

    ListController(ListRepository lists, Vocabulary vocabulary) {
        this.lists = lists;
        this.vocabulary = vocabulary;
    }

    @QueryMapping
    EntityConnection entities(@Argument String kind, @Arguments ListArguments arguments, DataFetchingFieldSelectionSet selection) {
        if (kind != null) {
            vocabulary.requireKinds("kind", List.of(kind));
        }
        return list(kind, arguments, selection);
    }

    @QueryMapping
    EntityConnection memberStates(@Arguments ListArguments arguments, DataFetchingFieldSelectionSet selection) {
        return list("MemberState", arguments, selection);
    }

    @QueryMapping
    EntityConnection organizations(@Arguments ListArguments arguments, DataFetchingFieldSelectionSet selection) {
        return list("Organization", arguments, selection);
    }

    @QueryMapping
    EntityConnection frameworks(@Arguments ListArguments arguments, DataFetchingFieldSelectionSet selection) {
        return list("Framework", arguments, selection);
    }

    @QueryMapping
    EntityConnection objectives(@Arguments ListArguments arguments, DataFetchingFieldSelectionSet selection) {
        return list("Objective", arguments, selection);
    }

    @QueryMapping
    EntityConnection initiatives(@Arguments ListArguments arguments, DataFetchingFieldSelectionSet selection) {
        return list("Initiative", arguments, selection);
    }

    @QueryMapping
    EntityConnection meetings(@Arguments ListArguments arguments, DataFetchingFieldSelectionSet selection) {
        return list("Meeting", arguments, selection);
    }

    @QueryMapping
    EntityConnection regions(@Arguments ListArguments arguments, DataFetchingFieldSelectionSet selection) {
        return list("Region", arguments, selection);
    }

    @QueryMapping
    EntityConnection topics(@Arguments ListArguments arguments, DataFetchingFieldSelectionSet selection) {
        return list("Topic", arguments, selection);
    }

    @QueryMapping
    EntityConnection statements(@Arguments ListArguments arguments, DataFetchingFieldSelectionSet selection) {
        return list("Statement", arguments, selection);
    }

    @QueryMapping
    EntityConnection documents(@Arguments ListArguments arguments, DataFetchingFieldSelectionSet selection) {
        return list("Document", arguments, selection);
    }

    /** Counted only when a query selects it: a second statement, skipped otherwise. */
    @SchemaMapping(typeName = "EntityConnection", field = "totalCount")
    int totalCount(EntityConnection page) {
        return lists.count(page.query(), page.narrow());
    }

    private EntityConnection list(String kind, ListArguments arguments, DataFetchingFieldSelectionSet selection) {
        WhereVocabulary.check(arguments.where(), "where", vocabulary);
        ListQuery query = new ListQuery(kind, WhereCompiler.compile(arguments.where()), arguments.orderBy(),
                OffsetCursor.pageSize(arguments.first()), OffsetCursor.startAfter(arguments.after()),
                ValidTime.of(arguments.asOf(), arguments.during(), arguments.undatedFacts()), arguments.asRecordedOn());
        if (!ConnectionFields.pageAsked(selection)) {
            return lists.unread(query);
        }
        return lists.page(query, Projection.of(selection, null, "nodes", "edges/node"));
    }
}
