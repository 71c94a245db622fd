package org.migrationgraph.list;

import java.util.List;
import java.util.Optional;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.relation.ListedRelations;
import org.migrationgraph.support.ConnectionFields;
import org.migrationgraph.support.OffsetCursor;
import org.migrationgraph.vocabulary.Vocabulary;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The generic list query, one query per common kind, and totalCount. */
@Controller
class ListController {

    private final ListRepository lists;
    private final Vocabulary vocabulary;
    private final ListedRelations listedRelations;

    ListController(ListRepository lists, Vocabulary vocabulary, ListedRelations listedRelations) {
        this.lists = lists;
        this.vocabulary = vocabulary;
        this.listedRelations = listedRelations;
    }

    @QueryMapping
    EntityConnection entities(@Argument String kind, DataFetchingEnvironment env) {
        if (kind != null) {
            vocabulary.requireKinds("kind", List.of(kind));
        }
        return list(kind, env);
    }

    @QueryMapping
    EntityConnection memberStates(DataFetchingEnvironment env) {
        return list("MemberState", env);
    }

    @QueryMapping
    EntityConnection organizations(DataFetchingEnvironment env) {
        return list("Organization", env);
    }

    @QueryMapping
    EntityConnection frameworks(DataFetchingEnvironment env) {
        return list("Framework", env);
    }

    @QueryMapping
    EntityConnection objectives(DataFetchingEnvironment env) {
        return list("Objective", env);
    }

    @QueryMapping
    EntityConnection initiatives(DataFetchingEnvironment env) {
        return list("Initiative", env);
    }

    @QueryMapping
    EntityConnection meetings(DataFetchingEnvironment env) {
        return list("Meeting", env);
    }

    @QueryMapping
    EntityConnection regions(DataFetchingEnvironment env) {
        return list("Region", env);
    }

    @QueryMapping
    EntityConnection topics(DataFetchingEnvironment env) {
        return list("Topic", env);
    }

    @QueryMapping
    EntityConnection statements(DataFetchingEnvironment env) {
        return list("Statement", env);
    }

    @QueryMapping
    EntityConnection documents(DataFetchingEnvironment env) {
        return list("Document", env);
    }

    /** Counted only when a query selects it: a second statement, skipped otherwise. */
    @SchemaMapping(typeName = "EntityConnection", field = "totalCount")
    int totalCount(EntityConnection page) {
        return lists.count(page.query(), page.narrow());
    }

    /**
     * The page, with the relations it asks of each entity read in its statement when they can be
     * (ListedRelations) and handed to the relations field; as recorded, they are read by that field.
     */
    private EntityConnection list(String kind, DataFetchingEnvironment env) {
        ListArguments arguments = ListArguments.of(env.getArguments());
        DataFetchingFieldSelectionSet selection = env.getSelectionSet();
        WhereVocabulary.check(arguments.where(), "where", vocabulary);
        ListQuery query = new ListQuery(kind, WhereCompiler.compile(arguments.where()), arguments.orderBy(),
                OffsetCursor.pageSize(arguments.first()), OffsetCursor.startAfter(arguments.after()),
                arguments.time().window(), arguments.asRecordedOn());
        if (!ConnectionFields.pageAsked(selection)) {
            return lists.unread(query);
        }
        Optional<ListedRelations.Reading> relations = query.asRecordedOn() == null ? listedRelations.of(selection) : Optional.empty();
        EntityConnection page = lists.page(query, Projection.of(selection, null, "nodes", "edges/node"), relations);
        relations.ifPresent(reading -> reading.prime(env));
        return page;
    }
}
