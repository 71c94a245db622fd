package org.migrationgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;

class EntityQueriesIT extends GraphIntegrationTest {

    @Test
    void shouldReturnAMemberStateWithItsCodesAndCitedReference() {
        graphQl.documentName("entityById").variable("id", "state:PHL").execute()
                .path("entity.name").entity(String.class).isEqualTo("Philippines")
                .path("entity.kind").entity(String.class).isEqualTo("MemberState")
                .path("entity.iso3").entity(String.class).isEqualTo("PHL")
                .path("entity.iso2").entity(String.class).isEqualTo("PH")
                .path("entity.m49").entity(String.class).isEqualTo("608")
                .path("entity.citations[*].reference.id").entityList(String.class).contains("ref:un-m49");
    }

    @Test
    void shouldAnswerNullForAnUnknownId() {
        graphQl.documentName("entityById").variable("id", "state:ZZZ").execute()
                .errors().verify()
                .path("entity").valueIsNull();
    }

    @Test
    void shouldResolveNodeToTheTypeNamedByItsKind() {
        graphQl.documentName("nodeById").variable("id", "doc:network-briefing-2019-12-12").execute()
                .path("node.__typename").entity(String.class).isEqualTo("Document");
    }

    @Test
    void shouldReturnNodesInTheOrderAskedWithNullForUnknownIds() {
        graphQl.documentName("nodesByIds").variable("ids", List.of("state:GBR", "nope:x", "state:PHL")).execute()
                .path("nodes[0].id").entity(String.class).isEqualTo("state:GBR")
                .path("nodes[1]").valueIsNull()
                .path("nodes[2].id").entity(String.class).isEqualTo("state:PHL");
    }

    @Test
    void shouldRefuseMoreThanAHundredIdsWithBadUserInput() {
        List<String> ids = IntStream.range(0, 101).mapToObj(i -> "state:X" + i).toList();
        graphQl.documentName("nodesByIds").variable("ids", ids).execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).singleElement().satisfies(e -> {
                        assertThat(e.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                        assertThat(e.getMessage()).isEqualTo("In 'nodes': 'ids' holds 101 values; at most 100.");
                    });
                });
    }

    @Test
    void shouldServeADocumentsNumberedParagraphs() {
        graphQl.documentName("documentParagraphs").variable("id", "doc:network-briefing-2019-12-12").execute()
                .path("entity.date").entity(String.class).isEqualTo("2019-12-12")
                .path("entity.paragraphs[0].number").entity(Integer.class).isEqualTo(1)
                .path("entity.paragraphs[0].text").entity(String.class).isEqualTo("Summary of Network Briefing to Member States")
                .path("entity.paragraphs[0].id").entity(String.class).isEqualTo("doc:network-briefing-2019-12-12#1");
    }

    @Test
    void shouldGiveAMeetingItsSpeakersAndStatementsAndAFrameworkItsObjectives() {
        graphQl.documentName("meetingAndFramework").execute()
                .path("meeting.attendanceMemberStates").entity(Integer.class).isEqualTo(60)
                .path("meeting.speakers").entityList(Object.class).hasSize(11)
                .path("meeting.statements[*].statementType").entityList(String.class)
                .satisfies(types -> assertThat(types).hasSize(10).contains("request", "invitation", "commitment", "call to action"))
                .path("gcm.objectives").entityList(Object.class).hasSize(23);
    }
}
