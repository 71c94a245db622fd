package org.migrationgraph.history;

import java.util.List;

import org.migrationgraph.entity.DeletedEntityView;
import org.migrationgraph.entity.EntityView;
import org.migrationgraph.relation.RelationView;
import org.migrationgraph.support.OffsetCursor;
import org.migrationgraph.support.Page;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The history fields (Entity.history, Relation.history, DeletedEntity.history) and the Revision type. */
@Controller
class HistoryController {

    private final RevisionRepository revisions;

    HistoryController(RevisionRepository revisions) {
        this.revisions = revisions;
    }

    /** Mapped on the interface: Spring fans it out to every entity type. */
    @SchemaMapping(typeName = "Entity", field = "history")
    RevisionConnection entityHistory(EntityView entity, @Argument Integer first, @Argument String after) {
        return page(entity.id(), first, after);
    }

    @SchemaMapping(typeName = "Relation", field = "history")
    RevisionConnection relationHistory(RelationView relation, @Argument Integer first, @Argument String after) {
        return page(relation.id(), first, after);
    }

    @SchemaMapping(typeName = "DeletedEntity", field = "history")
    RevisionConnection deletedHistory(DeletedEntityView deleted, @Argument Integer first, @Argument String after) {
        return page(deleted.id(), first, after);
    }

    @SchemaMapping(typeName = "Revision")
    long version(Revision revision) {
        return revision.getSubjectVersion();
    }

    @SchemaMapping(typeName = "Revision")
    String at(Revision revision) {
        return revision.getAt().toString();
    }

    private RevisionConnection page(String subjectId, Integer first, String after) {
        int size = OffsetCursor.pageSize(first);
        int skip = OffsetCursor.startAfter(after);
        List<Revision> rows = revisions.page(subjectId, skip, size + 1L);
        Page<RevisionEdge> page = Page.of(rows, size, skip, RevisionEdge::new);
        return new RevisionConnection(page.edges(), page.pageInfo(), revisions.countBySubjectId(subjectId));
    }

    /** One revision in a page of history. */
    record RevisionEdge(String cursor, Revision node) {
    }

    /** A page of a subject's history. */
    record RevisionConnection(List<RevisionEdge> edges, org.migrationgraph.support.PageInfo pageInfo, long totalCount) {
    }
}
