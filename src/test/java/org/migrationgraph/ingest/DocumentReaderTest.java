package org.migrationgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The reading rules on small texts, against a handful of known names. */
class DocumentReaderTest {

    private static final List<KnownName> KNOWN = List.of(
            new KnownName("org:network", "Organization", "United Nations Network on Migration", List.of("the Network", "UN Network")),
            new KnownName("initiative:mptf", "Initiative", "Migration Multi-Partner Trust Fund",
                    List.of("Migration Fund", "Start-up Fund for Safe, Orderly and Regular Migration")),
            new KnownName("framework:gcm", "Framework", "Global Compact for Safe, Orderly and Regular Migration", List.of("GCM")),
            new KnownName("org:mptf-sc", "Organization", "Steering Committee of the Migration Multi-Partner Trust Fund", List.of()),
            new KnownName("person:coordinator", "Person", "António Vitorino", List.of("the Coordinator")),
            new KnownName("state:DEU", "MemberState", "Germany", List.of()),
            new KnownName("state:GBR", "MemberState", "United Kingdom", List.of("UK")),
            new KnownName("group:member-states", "Group", "Member States", List.of("States")),
            new KnownName("region:a", "Region", "Micronesia", List.of()),
            new KnownName("state:FSM", "MemberState", "Micronesia (Federated States of)", List.of("Micronesia")));

    private static Reading read(String text) {
        return DocumentReader.read(new IngestDocument("doc:test", "Test", "2021-12-16", "meeting summary", null, text), KNOWN);
    }

    @Test
    void shouldFindNamesWithCaseAccentsPluralsAndHyphensFolded() {
        Reading reading = read("Antonio Vitorino spoke for the migration multi partner trust funds and the UK.");
        assertThat(reading.mentions()).extracting(Mention::entityId).containsExactly("person:coordinator", "initiative:mptf", "state:GBR");
        Mention fund = reading.mentions().get(1);
        assertThat(reading.paragraphs().get(0).substring(fund.start(), fund.end())).isEqualTo("migration multi partner trust funds");
    }

    @Test
    void shouldNotTakeSomeMembersOfAGroupPickedOutByAClauseForTheWholeGroup() {
        Reading reading = read("I commend those Member States that have joined it. Member States and those States who wish to join met.");
        assertThat(reading.mentions()).extracting(Mention::surface, Mention::entityId, Mention::candidates).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Member States", null, List.of("group:member-states")),
                org.assertj.core.groups.Tuple.tuple("Member States", "group:member-states", List.of()),
                org.assertj.core.groups.Tuple.tuple("States", null, List.of("group:member-states")));
        assertThat(reading.proposals()).noneMatch(p -> p.isEntity() && p.name().equals("Member States"));
    }

    @Test
    void shouldLearnAnAcronymTheTextDefinesAndResolveTheCommitteeByWhatWasNamedLast() {
        Reading reading = read("The Steering Committee of the Migration Multi-Partner Trust Fund (SCF) met. Later the Committee and the SCF agreed.");
        assertThat(reading.mentions()).extracting(Mention::entityId, Mention::rule).contains(
                org.assertj.core.groups.Tuple.tuple("org:mptf-sc", "definite-description"), org.assertj.core.groups.Tuple.tuple("org:mptf-sc", "name"));
        assertThat(reading.mentions()).filteredOn(m -> m.surface().equals("SCF")).hasSize(2);
    }

    @Test
    void shouldFindAShortFormOfANameAndTheCompactOrTheFundByWhatTheTextNamedLast() {
        Reading reading = read("The Start-up Fund supports the GCM. The Fund and the Compact were praised.");
        assertThat(reading.mentions()).extracting(Mention::surface, Mention::entityId, Mention::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Start-up Fund", "initiative:mptf", "short-name"),
                org.assertj.core.groups.Tuple.tuple("GCM", "framework:gcm", "name"),
                org.assertj.core.groups.Tuple.tuple("The Fund", "initiative:mptf", "definite-description"),
                org.assertj.core.groups.Tuple.tuple("the Compact", "framework:gcm", "definite-description"));
    }

    @Test
    void shouldProposeAnOfficeAndANameTheTextDefinesThatTheGraphDoesNotHold() {
        Reading reading = read("The High Commissioner for Human Rights welcomed the Global Forum on Migration and Development (GFMD).");
        assertThat(reading.proposals()).filteredOn(Proposal::isEntity).extracting(Proposal::kind, Proposal::name).contains(
                org.assertj.core.groups.Tuple.tuple("Person", "High Commissioner for Human Rights"),
                org.assertj.core.groups.Tuple.tuple("Organization", "Global Forum on Migration and Development"));
    }

    @Test
    void shouldLeaveANameTwoEntitiesCarryAsACandidateWithItsOptions() {
        Reading reading = read("Delegates from Micronesia spoke.");
        assertThat(reading.mentions()).singleElement().satisfies(m -> {
            assertThat(m.resolved()).isFalse();
            assertThat(m.candidates()).containsExactlyInAnyOrder("region:a", "state:FSM");
        });
    }

    @Test
    void shouldTakeTheSpeakerFromTheAuthorNamedWithOrWithoutTheArticle() {
        Reading reading = DocumentReader.read(new IngestDocument("doc:test", "Test", "2021-12-16", "remarks", "The Coordinator",
                "I encourage the UN Network to act."), KNOWN);
        assertThat(reading.mentions()).extracting(Mention::entityId, Mention::rule)
                .contains(org.assertj.core.groups.Tuple.tuple("person:coordinator", "speaker"));
    }

    @Test
    void shouldResolveDatesAgainstTheDocumentDate() {
        assertThat(DateExpressions.find("They met yesterday (14/11) and will meet in April 2022, on 2 May 2022 and in 2023.", "2021-12-16"))
                .extracting(DateExpressions.Found::iso).containsExactly("2021-12-15", "2021-11-14", "2022-04", "2022-05-02", "2023");
        assertThat(DateExpressions.find("met on 20/12", "2021-12-16")).extracting(DateExpressions.Found::iso).containsExactly("2020-12-20");
    }

    @Test
    void shouldProposeTheRecordedMeetingOnceWithItsDateAttendanceAndSpeakers() {
        Reading reading = read(String.join("\n\n",
                "Summary of the Third Annual Meeting of the United Nations Network on Migration",
                "15 December 2021",
                "The Third Annual Meeting of the Network was held on 15 December 2021. It was attended by 40 Member States.",
                "Delegates representing the following countries took the floor: Germany and the UK."));
        List<Proposal> meetings = reading.proposals().stream().filter(p -> p.isEntity() && "Meeting".equals(p.kind())).toList();
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Third Annual Meeting of the United Nations Network on Migration");
            assertThat(m.properties()).containsEntry("date", "2021-12-15").containsEntry("sequence", 3L);
        });
        String meeting = meetings.get(0).suggestedId();
        assertThat(reading.proposals()).filteredOn(p -> !p.isEntity()).extracting(Proposal::from, Proposal::type, Proposal::to).contains(
                org.assertj.core.groups.Tuple.tuple("state:DEU", "TOOK_THE_FLOOR_AT", meeting),
                org.assertj.core.groups.Tuple.tuple("state:GBR", "TOOK_THE_FLOOR_AT", meeting),
                org.assertj.core.groups.Tuple.tuple(meeting, "MEETING_OF", "org:network"),
                org.assertj.core.groups.Tuple.tuple("group:member-states", "ATTENDED", meeting));
        assertThat(reading.proposals()).filteredOn(p -> "ATTENDED".equals(p.type())).singleElement()
                .satisfies(p -> assertThat(p.properties()).isEqualTo(Map.of("count", 40L)));
    }

    @Test
    void shouldProposeAMeetingOfABodyThatMetOnARelativeDateAndWhereItMet() {
        Reading reading = DocumentReader.read(new IngestDocument("doc:test", "Test", "2021-11-15", null, null,
                "The Steering Committee of the Migration Multi-Partner Trust Fund met yesterday (14/11) in Geneva."), KNOWN);
        assertThat(reading.proposals()).filteredOn(Proposal::isEntity).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Meeting of the Steering Committee of the Migration Multi-Partner Trust Fund");
            assertThat(m.properties()).containsEntry("date", "2021-11-14").containsEntry("place", "Geneva");
        });
        assertThat(reading.proposals()).extracting(Proposal::type).contains("MEETING_OF");
    }

    @Test
    void shouldReadWhoChairedAndWhoCoordinatesFromThePhrasesThatSaySo() {
        Reading reading = read("A meeting of the Steering Committee of the Migration Multi-Partner Trust Fund, chaired by Germany, "
                + "was held on 3 May 2021. Under the able coordination of the United Nations Network on Migration, Member States "
                + "must be aligned with the GCM.");
        String meeting = reading.proposals().stream().filter(p -> p.isEntity() && "Meeting".equals(p.kind())).findFirst().orElseThrow().suggestedId();
        assertThat(reading.proposals()).filteredOn(p -> !p.isEntity()).extracting(Proposal::from, Proposal::type, Proposal::to).contains(
                org.assertj.core.groups.Tuple.tuple("state:DEU", "CHAIRS", meeting),
                org.assertj.core.groups.Tuple.tuple("group:member-states", "ALIGNED_WITH", "framework:gcm"));
    }

    /** Regular expressions that repeat a group recurse once per word; these texts overflowed the stack before. */
    @Test
    void shouldReadLongRunsOfCapitalisedOrPlainWordsWithoutFailing() {
        String text = String.join("\n\n", "WORD ".repeat(3000) + "(ABC)", "The Big Long Name Of Things ".repeat(300) + "(XYZ)",
                "Special ".repeat(3000) + "Rapporteur on Things", "It was attended by 60 Member States" + " and more".repeat(3000) + ".",
                "They met in Geneva" + " Town".repeat(3000) + " on 3 May 2021.");
        Reading reading = read(text);
        assertThat(reading.paragraphs()).hasSize(5);
        assertThat(reading.mentions()).extracting(Mention::entityId).contains("group:member-states");
    }

    @Test
    void shouldFindTheCapitalisedRunsThatLookLikeNames() {
        assertThat(CapitalisedRuns.in("The Global Forum on Migration and Development met the Special Rapporteur. Then it ended."))
                .extracting(CapitalisedRuns.Run::text).containsExactly("Global Forum on Migration and Development", "Special Rapporteur");
        String defined = "welcomed the Global Forum on Migration and Development (GFMD)";
        assertThat(CapitalisedRuns.endingAt(defined, defined.indexOf('(')))
                .contains("Global Forum on Migration and Development");
    }

    @Test
    void shouldGiveTheSameStatementTheSameKeyEveryTime() {
        String text = "He invited Member States in turn to:\n- Reach out to the Network.";
        assertThat(read(text).proposals()).extracting(Proposal::key).containsExactlyElementsOf(read(text).proposals().stream().map(Proposal::key).toList());
    }
}
