package org.migrationgraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The corrections of the provenance audit (seed-audit-2026-11), each asserted on the project's
 * own seed as the relation, its quote and its paragraph, plus the general rules behind them, so a
 * later edit cannot bring a corrected pattern back. No database: the seed as the loader reads it.
 */
class SeedProvenanceTest {

    private static final String REMARKS = "doc:dsg-remarks-2020-12-16";
    private static final String BRIEFING = "doc:network-briefing-2019-12-12";
    private static final Seed SEED = SeedService.validated(SeedFiles.read("file:graph-seed/"));
    private static final Map<String, SeedEntity> ENTITIES = SEED.entities().stream()
            .collect(Collectors.toMap(SeedEntity::id, Function.identity()));

    private static Optional<SeedRelation> relation(String from, String type, String to) {
        return SEED.relations().stream().filter(r -> r.from().equals(from) && r.type().equals(type) && r.to().equals(to)).findFirst();
    }

    private static SeedRelation existing(String from, String type, String to) {
        return relation(from, type, to).orElseThrow(() -> new AssertionError("missing " + from + " -" + type + "-> " + to));
    }

    /** "document#paragraph: quote" for each document citation. */
    private static List<String> quotes(List<SeedCitation> citations) {
        return citations.stream().filter(SeedCitation::isDocument)
                .map(c -> c.document() + "#" + c.paragraph() + ": " + c.quote()).toList();
    }

    private static List<String> references(List<SeedCitation> citations) {
        return citations.stream().filter(c -> !c.isDocument())
                .map(c -> c.reference() + (c.detail() == null ? "" : " " + c.detail())).toList();
    }

    private static boolean isStatement(String id) {
        return ENTITIES.get(id).kinds().contains("Statement");
    }

    // --- The two wrong relations ---

    @Test
    void theKeyTaskIsAboutMigrationWorkingForAllNotAboutMigrants() {
        assertThat(relation("statement:2020-12-16-key-task", "CONCERNS", "group:migrants")).isEmpty();
        assertThat(relation("statement:2020-12-16-key-task", "ADDRESSED_TO", "org:network")).isEmpty();
        assertThat(quotes(ENTITIES.get("statement:2020-12-16-key-task").citations()))
                .containsExactly(REMARKS + "#12: The key task now is to leverage this solid groundwork to make migration work for all, over the coming years.");
    }

    @Test
    void iomCoordinatesTheNetworkOnlyOnTheResolutionsWord() {
        SeedRelation coordinates = existing("org:iom", "COORDINATES", "org:network");
        assertThat(quotes(coordinates.citations())).isEmpty();
        assertThat(references(coordinates.citations())).containsExactly(
                "ref:a-res-73-195 para 45(a): IOM to serve as coordinator and secretariat of the network");
    }

    @Test
    void iomAndTheNetworkCoordinateAcrossTheUnSystemAsParagraph33Says() {
        String quote = REMARKS + "#33: Under the able coordination of the International Organization for Migration and the "
                + "Migration Network, we are building a more collaborative approach to migration across the United Nations system.";
        assertThat(quotes(existing("org:iom", "COORDINATES", "org:un-system").citations())).containsExactly(quote);
        assertThat(quotes(existing("org:network", "COORDINATES", "org:un-system").citations())).containsExactly(quote);
    }

    // --- The 31 weak relations and the rules behind them ---

    @Test
    void everyCallPartOfAnOpportunityCitesTheOpportunitysParagraphAndItsOwn() {
        List<SeedRelation> parts = SEED.relations().stream()
                .filter(r -> r.type().equals("PART_OF") && r.to().startsWith("statement:2020-12-16-opportunity-")).toList();
        assertThat(parts).hasSize(15).allSatisfy(part -> {
            Set<Integer> cited = part.citations().stream().map(SeedCitation::paragraph).collect(Collectors.toSet());
            assertThat(cited).as(part.id()).contains(14,
                    ENTITIES.get(part.to()).citations().get(0).paragraph(),
                    ENTITIES.get(part.from()).citations().get(0).paragraph());
        });
    }

    @Test
    void theRequestsOf2019AreUnattributedAndAddressedToTheNetworkTheyWereBroughtTo() {
        for (String request : List.of("request-regular-briefings", "request-regional-review-updates", "request-network-website")) {
            String id = "statement:2019-12-12-" + request;
            assertThat(SEED.relations()).as(id).noneMatch(r -> r.type().equals("MADE") && r.to().equals(id));
            assertThat(quotes(existing(id, "ADDRESSED_TO", "org:network").citations()))
                    .containsExactly(BRIEFING + "#13: The Coordinator acknowledged the requests brought forward to the Network");
            assertThat(existing(id, "MADE_AT", "meeting:2019-12-12-member-state-briefing")).isNotNull();
        }
    }

    @Test
    void severalDelegatesAreTheDelegatesWhoTookTheFloorNotMemberStates() {
        assertThat(relation("group:member-states", "MADE", "statement:2019-12-12-appreciation-and-call")).isEmpty();
        SeedRelation made = existing("group:briefing-2019-12-12-delegates", "MADE", "statement:2019-12-12-appreciation-and-call");
        assertThat(quotes(made.citations())).singleElement().asString().startsWith(BRIEFING + "#9: Several delegates expressed appreciation");
        assertThat(quotes(ENTITIES.get("group:briefing-2019-12-12-delegates").citations()))
                .singleElement().asString().contains("#8: Delegates representing the following countries/offices took the floor");
    }

    @Test
    void theAnnualMeetingProvidedASpaceForDecisionsItIsNotSaidToHaveAdoptedThem() {
        assertThat(relation("meeting:2019-12-11-network-annual-meeting", "ADOPTED", "statement:2019-12-11-next-steps-decisions")).isEmpty();
        assertThat(quotes(existing("meeting:2019-12-11-network-annual-meeting", "CONCERNS", "statement:2019-12-11-next-steps-decisions").citations()))
                .singleElement().asString().contains("#6: The Annual Meeting also provided a space for a reflection on emerging challenges");
    }

    @Test
    void salutationsAreNotAttendance() {
        assertThat(SEED.relations()).noneMatch(r -> r.type().equals("ATTENDED") && r.to().equals("meeting:2020-12-16-network-annual-meeting"));
        SeedRelation remarks = existing("person:deputy-secretary-general", "DELIVERED_REMARKS_AT", "meeting:2020-12-16-network-annual-meeting");
        assertThat(remarks.properties()).containsEntry("salutation", "Excellencies, Distinguished delegates, Colleagues and friends");
        assertThat(quotes(remarks.citations())).contains(REMARKS + "#5: Excellencies, Distinguished delegates, Colleagues and friends,");
    }

    @Test
    void aCommendationIsAboutTheChampionStatesNotAddressedToThem() {
        assertThat(relation("statement:2020-12-16-commend-champions", "ADDRESSED_TO", "group:compact-champion-states")).isEmpty();
        assertThat(existing("statement:2020-12-16-commend-champions", "CREDITS", "group:compact-champion-states")).isNotNull();
    }

    @Test
    void theSpeechsRegionsAreNotStretchedToM49Regions() {
        assertThat(SEED.relations()).noneMatch(r -> (r.from().equals("region:m49-013") || r.to().equals("region:m49-013")
                || r.from().equals("region:m49-002")) && r.citations().stream().anyMatch(SeedCitation::isDocument));
        assertThat(quotes(existing("region:sahel", "FACES_CHALLENGE", "topic:human-trafficking").citations()))
                .containsExactly(REMARKS + "#29: human trafficking in the Sahel");
    }

    @Test
    void hedgedAndExhortativeTextIsAStatementNotAFact() {
        assertThat(relation("group:donors", "CONTRIBUTES_TO", "initiative:migration-mptf")).isEmpty();
        assertThat(relation("initiative:migration-mptf", "SUPPORTS", "org:un-system")).isEmpty();
        assertThat(relation("initiative:issue-based-coalitions", "SUPPORTS", "topic:regional-dimensions")).isEmpty();
        assertThat(relation("framework:gcm", "COMPLEMENTS", "framework:gcr")).isEmpty();
        assertThat(quotes(existing("statement:2020-12-16-fund-results", "CONCERNS", "org:un-system").citations()))
                .containsExactly(REMARKS + "#25: to enhance the coherence of the UN system");
    }

    @Test
    void noFactBetweenTwoNonStatementsRestsOnAHedgeOrAnExhortation() {
        List<String> hedges = List.of("can offer", "must also look", "i urge", "i encourage", "we must support");
        assertThat(SEED.relations().stream()
                .filter(r -> !isStatement(r.from()) && !isStatement(r.to()) && !r.properties().containsKey("modality"))
                .filter(r -> r.citations().stream().filter(SeedCitation::isDocument)
                        .anyMatch(c -> hedges.stream().anyMatch(h -> c.quote().toLowerCase().contains(h))))
                .map(SeedRelation::id)).isEmpty();
    }

    // --- The facts the audit found missing ---

    private void cited(String from, String type, String to, String documentParagraphAndQuote) {
        assertThat(quotes(existing(from, type, to).citations())).as(from + " " + type + " " + to).contains(documentParagraphAndQuote);
    }

    @Test
    void remarksFactsR1ToR8AreEachCited() {
        cited("statement:2020-12-16-pandemic-guidance", "CONCERNS", "topic:migrant-contribution-covid-19",
                REMARKS + "#10: but also their invaluable contribution to the fight against COVID-19");
        cited("org:network", "PART_OF", "org:un-system",
                REMARKS + "#9: the UN system has risen to the challenge, including the United Nations Migration Network");
        cited("event:2020-12-venezuela-migrant-deaths", "CONCERNS", "group:migrants", REMARKS + "#7: the tragic deaths of up to 25 migrants and refugees");
        cited("event:2020-12-venezuela-migrant-deaths", "CONCERNS", "group:refugees-and-displaced-people",
                REMARKS + "#7: the tragic deaths of up to 25 migrants and refugees");
        assertThat(SEED.relations().stream().filter(r -> r.from().startsWith("statement:2020-12-16-responsibility-")
                && r.type().equals("CONCERNS") && r.to().equals("framework:gcm"))).hasSize(6);
        cited("group:governments", "ENGAGES_WITH", "framework:gcm",
                REMARKS + "#15: Governments have started to engage with the Compact as a tool that adds value to communities.");
        assertThat(ENTITIES.get("org:un").properties()).containsEntry("foundedDate", "1945-10-24");
        assertThat(quotes(ENTITIES.get("org:un").citations())).contains(REMARKS + "#8: the United Nations has faced in its 75-year history");
        cited("statement:2020-12-16-ibc-platform", "CONCERNS", "initiative:regional-coordination-mechanisms",
                REMARKS + "#28: in tandem with other regional and sub-regional coordination mechanisms");
    }

    @Test
    void briefingFactsB1ToB11AreEachCited() {
        assertThat(existing("group:network-members", "ATTENDED", "meeting:2019-12-11-network-annual-meeting").citations().get(0).paragraph()).isEqualTo(6);
        assertThat(ENTITIES.get("statement:2019-12-11-next-steps-decisions").name()).contains("Reflection on emerging challenges");
        assertThat(ENTITIES.get("initiative:migration-mptf").properties()).containsEntry("operationalStatus", "fully operational");
        assertThat(quotes(ENTITIES.get("initiative:migration-mptf").citations())).contains(BRIEFING + "#4: the Fund – now fully operational");
        cited("statement:2019-12-10-mptf-timetable-adopted", "CONCERNS", "initiative:migration-mptf-first-joint-programmes",
                BRIEFING + "#4: an ambitious timetable that will see the first joint programme concept notes being tabled");
        cited("meeting:2019-12-10-un-regional-experts", "CONCERNS", "group:member-states",
                BRIEFING + "#5: with a view to providing coherent and coordinated support to Member States");
        cited("statement:2019-12-12-request-regular-briefings", "CONCERNS", "org:network-working-groups",
                BRIEFING + "#10: including on the activities of the working groups of the Network");
        cited("statement:2019-12-12-request-regular-briefings", "CONCERNS", "initiative:network-field-projects",
                BRIEFING + "#10: as well as projects to be implemented at the field level");
        cited("statement:2019-12-12-request-network-website", "CONCERNS", "initiative:network-website", BRIEFING + "#12: Develop the Network website further");
        cited("statement:2019-12-12-request-network-website", "CONCERNS", "topic:migration-coordination-mechanisms",
                BRIEFING + "#12: a comprehensive list of migration coordination mechanisms");
        cited("statement:2019-12-12-invitation-reach-out", "CONCERNS", "org:network", BRIEFING + "#14: Reach out bilaterally to the Network and its secretariat");
        cited("statement:2019-12-12-invitation-ownership", "CONCERNS", "org:network", BRIEFING + "#16: the support extended by the UN system through the Network");
        assertThat(existing("statement:2019-12-12-request-regional-review-updates", "ADDRESSED_TO", "org:network")).isNotNull();
        assertThat(existing("meeting:2019-12-10-un-regional-experts", "CONCERNS", "initiative:gcm-regional-reviews-round-1")).isNotNull();
    }

    // --- The reference layer ---

    @Test
    void theForumEveryFourYearsIsParagraph49c() {
        assertThat(references(ENTITIES.get("meeting:2022-05-17-imrf").citations()))
                .contains("ref:a-res-73-195 para 49(c): every four years beginning in 2022");
        assertThat(SEED.entities().stream().flatMap(e -> references(e.citations()).stream())).noneMatch(r -> r.contains("49(b)"));
    }

    @Test
    void theGoalsAndTargetsAreIntroducedInParagraphs18And54() {
        assertThat(references(ENTITIES.get("framework:sdgs").citations())).singleElement().asString()
                .contains("para 18").contains("para 54").doesNotContain("59");
    }

    @Test
    void target16Point9IsThereInItsOfficialWordingWithTheSourceThatListsIt() {
        SeedEntity target = ENTITIES.get("objective:sdg-target-16-9");
        assertThat(target.description()).isEqualTo("By 2030, provide legal identity for all, including birth registration");
        assertThat(references(target.citations())).anyMatch(r -> r.startsWith("ref:a-hrc-35-25"));
    }

    @Test
    void everyMigrationRelatedTargetCitesTheSourceThatSaysSo() {
        List<SeedEntity> related = SEED.entities().stream().filter(e -> Boolean.TRUE.equals(e.properties().get("migrationRelated"))).toList();
        assertThat(related).hasSize(9).allSatisfy(t -> assertThat(references(t.citations())).as(t.id())
                .anyMatch(r -> r.startsWith("ref:migration-data-portal-sdgs") || r.startsWith("ref:a-hrc-35-25")));
    }

    @Test
    void goal13DoesNotTakeUpMigrationRelatedToClimateChange() {
        assertThat(relation("objective:sdg-13", "ADDRESSES", "topic:climate-change")).isEmpty();
    }

    @Test
    void scheduledAsOfIsTheDateOfTheEarliestSourceThatAnnouncedIt() {
        assertThat(ENTITIES.get("initiative:gcm-regional-reviews-round-1").properties()).containsEntry("scheduledAsOf", "2018-12-19");
        assertThat(references(ENTITIES.get("initiative:gcm-regional-reviews-round-1").citations()))
                .anyMatch(r -> r.startsWith("ref:a-res-73-195 para 50"));
        assertThat(ENTITIES.get("meeting:2020-04-02-migration-mptf-steering-committee").properties())
                .containsEntry("scheduledAsOf", ENTITIES.get(BRIEFING).properties().get("date"));
    }

    @Test
    void aliasesNoSourceUsesAreGone() {
        Set<String> aliases = SEED.entities().stream().flatMap(e -> e.aliases().stream()).collect(Collectors.toSet());
        assertThat(aliases).doesNotContain("GCM Champions", "Champion countries initiative", "repositioning of the UN development system",
                "IBCs", "SERPs", "UNSDCF", "Global Compact", "Paris climate agreement", "Global Goals", "GA", "ExCom");
    }

    @Test
    void referencesHoldTheFactsTheyAreCitedFor() {
        assertThat(references(existing("org:unicef", "PART_OF", "org:un-system").citations())).containsExactly("ref:un-system-chart");
        assertThat(references(existing("org:unga", "PART_OF", "org:un").citations())).singleElement().asString().startsWith("ref:un-charter Article 7");
        assertThat(references(existing("org:african-union-commission", "PART_OF", "org:african-union").citations())).containsExactly("ref:au-commission");
        assertThat(references(ENTITIES.get("objective:sdg-01").citations())).contains("ref:sdg-communications short name");
    }

    @Test
    void formerNamesAreAliasesWithTheReferenceThatGivesThem() {
        Map<String, String> formerNames = Map.of("state:SWZ", "Swaziland", "state:CZE", "Czech Republic",
                "state:MKD", "The former Yugoslav Republic of Macedonia");
        formerNames.forEach((id, name) -> {
            assertThat(ENTITIES.get(id).aliases()).contains(name);
            assertThat(references(ENTITIES.get(id).citations())).anyMatch(r -> r.startsWith("ref:un-member-states") && r.contains(name));
        });
    }
}
