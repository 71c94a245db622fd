package org.migrationgraph.history;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrationgraph.relation.RelationView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** What a history field reads: its page only when a field of the page is asked for, its count only when totalCount is. */
@GraphQlTest(HistoryController.class)
@Import(HistoryControllerTest.OneRelation.class)
class HistoryControllerTest {

    private static final String ID = "state:PHL-MEMBER_OF->org:UN";

    @Autowired
    GraphQlTester graphQl;

    @MockitoBean
    RevisionRepository revisions;

    /** The relation whose history is asked for: the lookup is another package's, not under test here. */
    @Controller
    static class OneRelation {
        @QueryMapping
        RelationView relation(@Argument String id) {
            return new RelationView(id, "MEMBER_OF", "state:PHL", "org:UN", 2, Map.of(), List.of());
        }
    }

    private static Revision revision(long number) {
        return new Revision("rev-" + number, number, ID, Revision.SubjectType.RELATION, List.of("state:PHL", "org:UN"),
                Revision.Operation.UPDATE, number, "test", "{}", "{}", List.of("since"), null);
    }

    @Test
    void shouldCountWithoutReadingThePageWhenTotalCountAloneIsAsked() {
        given(revisions.countBySubjectId(ID)).willReturn(7L);

        graphQl.document("{ relation(id: \"" + ID + "\") { history { __typename totalCount } } }").execute()
                .path("relation.history.totalCount").entity(Long.class).isEqualTo(7L);
        verify(revisions, never()).page(anyString(), anyLong(), anyLong());
    }

    @Test
    void shouldReadThePageWithoutCountingWhenTotalCountIsNotAsked() {
        given(revisions.page(ID, 0, 3)).willReturn(List.of(revision(5), revision(4), revision(3)));

        graphQl.document("{ relation(id: \"" + ID + "\") { history(first: 2) { edges { node { version } } pageInfo { hasNextPage } } } }")
                .execute()
                .path("relation.history.edges[*].node.version").entityList(Long.class).containsExactly(5L, 4L)
                .path("relation.history.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        verify(revisions, never()).countBySubjectId(anyString());
    }
}
