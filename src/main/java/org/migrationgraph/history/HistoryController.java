package org.migrationgraph.history;

import java.util.List;

import org.migrationgraph.entity.DeletedEntityView;
import org.migrationgraph.entity.EntityView;
import org.migrationgraph.relation.RelationView;
import org.migrationgraph.support.ConnectionFields;
import org.migrationgraph.support.OffsetCursor;
import org.migrationgraph.support.Page;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingFieldSelectionSet;

/** The history fields (Entity.history, Relation.history, DeletedEntity.history) and the Revision type. */
@Controller
class HistoryController {

    private final RevisionRepository revisions;

    HistoryController(RevisionRepository revisions) {
        this.revisions = revisions;
    }

    /** Mapped on the interface: Spring fans it out to every entity type. */
    @SchemaMapping(typeName = "Entity", field = "history")
    RevisionConnection entityHistory(EntityView entity, @Argument Integer first, @Argument String after,
            DataFetchingFieldSelectionSet selection) {
        return page(entity.id(), first, after, selection);
    }

    @SchemaMapping(typeName = "Relation", field = "history")
    RevisionConnection relationHistory(RelationView relation, @Argument Integer first, @Argument String after,
            DataFetchingFieldSelectionSet selection) {
        return page(relation.id(), first, after, selection);
    }

    @SchemaMapping(typeName = "DeletedEntity", field = "history")
    RevisionConnection deletedHistory(DeletedEntityView deleted, @Argument Integer first, @Argument String after,
            DataFetchingFieldSelectionSet selection) {
        return page(deleted.id(), first, after, selection);
    }

    @SchemaMapping(typeName = "Revision")
    long version(Revision revision) {
        return revision.getSubjectVersion();
    }

    @SchemaMapping(typeName = "Revision")
    String at(Revision revision) {
        return revision.getAt().toString();
    }

    /** Counted only when asked for: a curator's table of edit counts reads no revision, a page of them counts none. */
    @SchemaMapping(typeName = "RevisionConnection")
    long totalCount(RevisionConnection connection) {
        return revisions.countBySubjectId(connection.subjectId());
    }

    /** The page is read only when a field of it is asked for (the rule of every connection: support.ConnectionFields). */
    private RevisionConnection page(String subjectId, Integer first, String after, DataFetchingFieldSelectionSet selection) {
        int size = OffsetCursor.pageSize(first);
        int skip = OffsetCursor.startAfter(after);
        Page<RevisionEdge> page = ConnectionFields.pageAsked(selection)
                ? Page.of(revisions.page(subjectId, skip, size + 1L), size, skip, RevisionEdge::new)
                : Page.empty(skip);
        return new RevisionConnection(subjectId, page.edges(), page.pageInfo());
    }

    /** One revision in a page of history. */
    record RevisionEdge(String cursor, Revision node) {
    }

    /** A page of a subject's history; its totalCount is a field of its own, counted when asked for. */
    record RevisionConnection(String subjectId, List<RevisionEdge> edges, org.migrationgraph.support.PageInfo pageInfo) {
    }
}
