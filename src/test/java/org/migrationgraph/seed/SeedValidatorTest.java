package org.migrationgraph.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SeedValidatorTest {

    private static List<String> problems(Map<String, String> files) {
        return SeedFixtures.problems(files);
    }

    private static Map<String, String> relations(String yaml) {
        return Map.of("relations.yaml", yaml);
    }

    @Test
    void shouldAcceptTheValidFixture() {
        Seed seed = SeedService.validated(SeedFixtures.valid());
        assertThat(seed.entities()).hasSize(4);
        assertThat(seed.relations()).hasSize(2);
        assertThat(seed.paragraphs().get("doc:briefing")).hasSize(3);
    }

    @Test
    void shouldRejectAReferenceThatNothingCites() {
        assertThat(problems(Map.of("more.yaml", """
                references:
                  - id: ref:unused
                    title: A reference nobody cites
                """))).containsExactly("more.yaml:2: reference 'ref:unused' is cited by nothing; cite it for the facts it holds, or remove it");
    }

    @Test
    void shouldRejectDuplicateId() {
        assertThat(problems(Map.of("more.yaml", """
                entities:
                  - {id: state:PHL, kind: MemberState, name: Philippines again}
                """))).containsExactly("more.yaml:2: duplicate id 'state:PHL' (first defined at entities.yaml:2)");
    }

    @Test
    void shouldRejectReferenceToUnknownId() {
        assertThat(problems(relations("""
                relations:
                  - {from: state:ZZZ, type: COORDINATES, to: meeting:briefing, citations: [{reference: ref:un-m49}]}
                """))).containsExactly("relations.yaml:2: 'from' refers to unknown id 'state:ZZZ'");
    }

    @Test
    void shouldRejectUnknownKind() {
        assertThat(problems(Map.of("more.yaml", """
                entities:
                  - {id: thing:x, kind: Spaceship, name: X}
                """))).containsExactly("more.yaml:2: unknown kind 'Spaceship' on thing:x; declare it under 'kinds' "
                + "or use one of [Document, Meeting, MemberState, Organization]");
    }

    @Test
    void shouldRejectUnknownRelationType() {
        assertThat(problems(relations("""
                relations:
                  - {from: state:PHL, type: LIKES, to: state:DEU, citations: [{reference: ref:un-m49}]}
                """))).containsExactly("relations.yaml:2: unknown relation type 'LIKES'; declare it under "
                + "'relationTypes' or use one of [COORDINATES, TOOK_THE_FLOOR_AT]");
    }

    @Test
    void shouldRejectRelationWithoutCitation() {
        assertThat(problems(relations("""
                relations:
                  - {from: state:PHL, type: COORDINATES, to: meeting:briefing}
                """))).containsExactly("relations.yaml:2: relation state:PHL -COORDINATES-> meeting:briefing has no "
                + "citation; add 'citations' with a document quote or a reference");
    }

    @Test
    void shouldRejectQuoteNotInCitedParagraphAndSayWhereItIs() {
        assertThat(problems(relations("""
                relations:
                  - from: state:PHL
                    type: TOOK_THE_FLOOR_AT
                    to: meeting:briefing
                    citations: [{document: doc:briefing, paragraph: 3, quote: "took the floor"}]
                """))).containsExactly("relations.yaml:5: quote \"took the floor\" is not in paragraph 3 of "
                + "doc:briefing (it is in paragraph 2)");
    }

    @Test
    void shouldRejectQuoteThatIsNotVerbatimAnywhere() {
        assertThat(problems(relations("""
                relations:
                  - from: state:PHL
                    type: TOOK_THE_FLOOR_AT
                    to: meeting:briefing
                    citations: [{document: doc:briefing, paragraph: 2, quote: "took the Floor"}]
                """))).containsExactly("relations.yaml:5: quote \"took the Floor\" is not in paragraph 2 of "
                + "doc:briefing (nor anywhere in that document, verbatim)");
    }

    @Test
    void shouldMatchQuotesAcrossLineBreaksInTheDocument() {
        assertThat(problems(relations("""
                relations:
                  - from: state:PHL
                    type: TOOK_THE_FLOOR_AT
                    to: meeting:briefing
                    citations: [{document: doc:briefing, paragraph: 2, quote: "Ecuador, Germany"}]
                """))).isEmpty();
    }

    @Test
    void shouldRejectParagraphOutOfRange() {
        assertThat(problems(relations("""
                relations:
                  - from: state:PHL
                    type: TOOK_THE_FLOOR_AT
                    to: meeting:briefing
                    citations: [{document: doc:briefing, paragraph: 9, quote: "Germany"}]
                """))).containsExactly("relations.yaml:5: citation on state:PHL -TOOK_THE_FLOOR_AT-> meeting:briefing "
                + "cites paragraph 9 of doc:briefing, which has paragraphs 1 to 3");
    }

    @Test
    void shouldRejectCitationOfUnknownReference() {
        assertThat(problems(relations("""
                relations:
                  - {from: state:PHL, type: COORDINATES, to: meeting:briefing, citations: [{reference: ref:nowhere}]}
                """))).containsExactly("relations.yaml:2: citation on state:PHL -COORDINATES-> meeting:briefing "
                + "names unknown reference 'ref:nowhere'");
    }

    @Test
    void shouldRejectBadDatesButKeepPartialOnes() {
        assertThat(problems(Map.of("more.yaml", """
                entities:
                  - {id: meeting:a, kind: Meeting, name: A, date: 2019-13-01}
                  - {id: meeting:b, kind: Meeting, name: B, date: 12 December 2019}
                  - {id: meeting:c, kind: Meeting, name: C, date: 2019-12}
                  - {id: meeting:d, kind: Meeting, name: D, date: 2022, endDate: 2022-02-30}
                """))).containsExactly(
                "more.yaml:2: 'date' of meeting:a is '2019-13-01', not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
                "more.yaml:3: 'date' of meeting:b is '12 December 2019', not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
                "more.yaml:5: 'endDate' of meeting:d is '2022-02-30', not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    @Test
    void shouldKeepABareYearAsTextSoThatItStaysAPartialDate() {
        Seed seed = SeedService.validated(SeedFixtures.seed(Map.of("more.yaml", """
                entities:
                  - {id: meeting:y, kind: Meeting, name: Y, date: 2022, asOf: 2019, attendance: 60}
                """)));
        var meeting = seed.entities().stream().filter(e -> e.id().equals("meeting:y")).findFirst().orElseThrow();
        assertThat(meeting.properties()).containsEntry("date", "2022").containsEntry("asOf", "2019").containsEntry("attendance", 60L);
    }

    @Test
    void shouldReportYamlSyntaxErrorsWithTheirLine() {
        assertThat(problems(Map.of("more.yaml", """
                entities:
                  - {id: meeting:a, kind: Meeting, name: "A}
                """))).singleElement().asString().startsWith("more.yaml:3: not valid YAML");
    }

    @Test
    void shouldRejectDocumentWhoseTextFileIsMissing() {
        var withoutText = new java.util.HashMap<String, String>();
        withoutText.put("briefing.txt", null);
        assertThat(problems(withoutText))
                .contains("documents.yaml:2: document doc:briefing names the text file 'briefing.txt', which is not in the seed");
    }

    @Test
    void shouldRejectPropertiesTheLoaderOwns() {
        assertThat(problems(Map.of("more.yaml", """
                entities:
                  - {id: meeting:a, kind: Meeting, name: A, seedVersion: abc}
                """))).containsExactly("more.yaml:2: 'seedVersion' is set by the graph's writers and cannot be given as a property");
    }

    @Test
    void shouldReportEveryProblemAtOnceInFileOrder() {
        List<String> found = problems(Map.of("more.yaml", """
                entities:
                  - {id: state:PHL, kind: MemberState, name: Again}
                  - {id: x:y, kind: Alien, name: Y}
                relations:
                  - {from: x:y, type: LIKES, to: nobody:here}
                """));
        assertThat(found).hasSize(5).allMatch(p -> p.startsWith("more.yaml:"));
        assertThat(found).extracting(p -> p.split(":")[1]).containsExactly("2", "3", "5", "5", "5");
    }

    @Test
    void shouldCarryEveryProblemInTheExceptionMessage() {
        assertThatThrownBy(() -> SeedService.validated(SeedFixtures.seed(relations("relations: [{from: a:b}]"))))
                .isInstanceOf(InvalidSeedException.class)
                .hasMessageContaining("problem(s) in the seed at test-seed")
                .hasMessageContaining("relations.yaml:1: the record has no 'type'")
                .hasMessageContaining("relations.yaml:1: 'from' refers to unknown id 'a:b'");
    }
}
