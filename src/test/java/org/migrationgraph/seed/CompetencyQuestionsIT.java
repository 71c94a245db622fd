package org.migrationgraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;

/**
 * The questions researchers ask of the graph's data (graph-seed/), each as the Cypher that
 * answers it and the answer the sources give; ten of them are also asked through the API in
 * {@code graph.CompetencyQuestionsOverGraphQlIT}. A column named {@code paragraphs} lists the paragraphs an answer rests on;
 * together the questions must ask about every paragraph of both documents.
 */
class CompetencyQuestionsIT extends GraphIntegrationTest {

    private static final String BRIEFING = "doc:network-briefing-2019-12-12";
    private static final String REMARKS = "doc:dsg-remarks-2020-12-16";
    private static final Set<String> ASKED = new ConcurrentSkipListSet<>();

    private List<Map<String, Object>> ask(String query) {
        return ask(query, Map.of());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> ask(String query, Map<String, Object> parameters) {
        List<Map<String, Object>> rows = cypher(query, parameters);
        rows.forEach(row -> {
            Object paragraphs = row.get("paragraphs");
            if (paragraphs instanceof List<?> list) {
                list.forEach(p -> ASKED.add(String.valueOf(p)));
            }
        });
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private static List<Object> column(List<Map<String, Object>> rows, String name) {
        return rows.stream().map(r -> r.get(name)).toList();
    }

    // --- The six questions named in the issue -------------------------------------------------

    @Test
    void whichUnEntitiesSatOnTheNetworksExecutiveCommitteeIn2019() {
        var rows = ask("""
                MATCH (o:Organization)-[m:MEMBER_OF]->(x:Organization {id: 'org:network-excom'})
                WHERE m.asOf = '2019'
                OPTIONAL MATCH (p:Paragraph)-[:MENTIONS]->(x)
                RETURN o.aliases[0] AS entity, collect(DISTINCT p.id) AS paragraphs ORDER BY entity""");
        assertThat(column(rows, "entity")).containsExactly("DESA", "ILO", "IOM", "OHCHR", "UNDP", "UNHCR", "UNICEF", "UNODC");
    }

    @Test
    void whichLatinAmericanAndCaribbeanMemberStatesTookTheFloorAndWhichQuoteSaysSo() {
        var rows = ask("""
                MATCH (s:MemberState)-[:IN_REGION]->(:Region)-[:PART_OF*0..2]->(:Region {id: 'region:m49-419'})
                MATCH (s)-[r:TOOK_THE_FLOOR_AT]->(m:Meeting)-[:MEETING_OF]->(:Organization {id: 'org:network'})
                RETURN s.name AS state, m.id AS meeting, r.citedQuotes[0] AS quote, r.citedParagraphs AS paragraphs
                ORDER BY state""");
        assertThat(column(rows, "state")).containsExactly("Ecuador", "Haiti", "Mexico");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("meeting")).isEqualTo("meeting:2019-12-12-member-state-briefing");
            assertThat((String) r.get("quote")).contains((String) r.get("state")).contains("took the floor");
            assertThat(list(r.get("paragraphs"))).containsExactly(BRIEFING + "#8");
        });
    }

    @Test
    void foreachMeetingItsDateStatusSpeakersAttendanceAndWhatWasRequestedCommittedOrDecided() {
        var rows = ask("""
                MATCH (m:Meeting) WHERE m.id IN ['meeting:2019-12-12-member-state-briefing', 'meeting:2019-12-10-migration-mptf-steering-committee',
                                                 'meeting:2019-12-11-network-annual-meeting', 'meeting:2020-12-16-network-annual-meeting']
                OPTIONAL MATCH (speaker)-[sp:TOOK_THE_FLOOR_AT|DELIVERED_REMARKS_AT]->(m)
                WITH m, collect(DISTINCT speaker.id) AS speakers, collect(sp.citedParagraphs) AS sp
                OPTIONAL MATCH (s:Statement)-[:MADE_AT]->(m)
                WITH m, speakers, sp, collect(s) AS made
                OPTIONAL MATCH (m)-[:ADOPTED|CONCERNS]->(d:Statement)
                WITH m, speakers, sp, made, collect(d) AS decided
                WITH m, speakers, sp, made + decided AS statements
                RETURN m.id AS meeting, m.date AS date, m.status AS status, speakers,
                       [m.attendanceMemberStates, m.attendanceNetworkRepresentatives, m.attendanceCivilSociety] AS attendance,
                       size([s IN statements WHERE s.statementType = 'request']) AS requests,
                       size([s IN statements WHERE s.statementType IN ['commitment', 'invitation']]) AS commitmentsAndInvitations,
                       size([s IN statements WHERE s.statementType = 'decision']) AS decisions,
                       reduce(all = m.citedParagraphs, p IN sp | all + p) AS paragraphs
                ORDER BY date""");
        assertThat(rows).extracting(r -> r.get("meeting") + " " + r.get("date") + " " + r.get("status") + " speakers="
                        + ((List<?>) r.get("speakers")).size() + " attendance=" + r.get("attendance") + " requests=" + r.get("requests")
                        + " commitments/invitations=" + r.get("commitmentsAndInvitations") + " decisions=" + r.get("decisions"))
                .containsExactly(
                        "meeting:2019-12-10-migration-mptf-steering-committee 2019-12-10 held speakers=0 attendance=[null, null, null] requests=0 commitments/invitations=0 decisions=2",
                        "meeting:2019-12-11-network-annual-meeting 2019-12-11 held speakers=0 attendance=[null, null, null] requests=0 commitments/invitations=0 decisions=1",
                        "meeting:2019-12-12-member-state-briefing 2019-12-12 held speakers=11 attendance=[60, 22, 19] requests=3 commitments/invitations=5 decisions=0",
                        "meeting:2020-12-16-network-annual-meeting 2020-12-16 held speakers=1 attendance=[null, null, null] requests=0 commitments/invitations=0 decisions=0");
    }

    @Test
    void whichGcmObjectivesAndSdgTargetsConcernHumanTrafficking() {
        var rows = ask("""
                MATCH (o:Objective)-[:ADDRESSES]->(t:Topic {id: 'topic:human-trafficking'})
                RETURN o.id AS objective, t.citedParagraphs AS paragraphs ORDER BY objective""");
        assertThat(column(rows, "objective")).containsExactly("objective:gcm-10", "objective:sdg-target-16-2",
                "objective:sdg-target-5-2", "objective:sdg-target-8-7");
        assertThat(ask("MATCH (r:Region)-[c:FACES_CHALLENGE]->(:Topic {id: 'topic:human-trafficking'}) RETURN r.name AS region, c.citedParagraphs AS paragraphs"))
                .extracting(r -> r.get("region")).containsExactly("Sahel");
    }

    @Test
    void whatConnectsThePhilippinesToTheGcmInThreeHopsOrFewerWithACitationOnEveryHop() {
        var rows = ask("""
                MATCH path = (:MemberState {id: 'state:PHL'})-[*1..3]-(:Framework {id: 'framework:gcm'})
                WHERE all(r IN relationships(path) WHERE size(coalesce(r.citedParagraphs, [])) + size(coalesce(r.citedReferences, [])) > 0)
                  AND all(n IN nodes(path) WHERE n:Entity)
                RETURN [n IN nodes(path) | n.id] AS hops, length(path) AS length,
                       reduce(ps = [], r IN relationships(path) | ps + coalesce(r.citedParagraphs, [])) AS paragraphs
                ORDER BY length, hops""");
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat((Long) r.get("length")).isLessThanOrEqualTo(3));
        assertThat(column(rows, "hops")).contains(
                List.of("state:PHL", "meeting:2019-12-12-member-state-briefing", "statement:2019-12-12-appreciation-and-call", "framework:gcm"),
                List.of("state:PHL", "meeting:2019-12-12-member-state-briefing", "org:network", "framework:gcm"));
    }

    @Test
    void whichEventsWereStillPlannedAsOfTheFirstOfJanuary2020() {
        var rows = ask("""
                WITH '2020-01-01' AS asOf
                MATCH (e:Entity) WHERE (e:Meeting OR e:Event OR e:Initiative) AND e.scheduledAsOf <= asOf
                  AND coalesce(e.date, e.startDate) > asOf
                RETURN e.id AS id, coalesce(e.date, e.startDate) AS date, e.citedParagraphs AS paragraphs ORDER BY date""");
        assertThat(column(rows, "id")).containsExactly("meeting:2020-04-02-migration-mptf-steering-committee",
                "initiative:gcm-regional-reviews-round-1", "meeting:2022-05-17-imrf");
    }

    // --- The briefing of 12 December 2019 ---------------------------------------------------------

    @Test
    void whichDocumentRecordsWhichMeetingWithTitleAndDate() {
        var rows = ask("""
                MATCH (d:Document)-[r:RECORDS]->(m:Meeting)
                RETURN d.id AS document, d.date AS date, m.id AS meeting, r.citedParagraphs + m.citedParagraphs AS paragraphs ORDER BY date""");
        assertThat(rows).extracting(r -> r.get("document") + " " + r.get("date") + " " + r.get("meeting")).containsExactly(
                BRIEFING + " 2019-12-12 meeting:2019-12-12-member-state-briefing",
                REMARKS + " 2020-12-16 meeting:2020-12-16-network-annual-meeting");
    }

    @Test
    void whoCoordinatesTheNetworkAndWhoIsItsCoordinator() {
        var rows = ask("""
                MATCH (x)-[r:COORDINATES|HOLDS_POSITION]->(:Organization {id: 'org:network'})
                RETURN x.id AS who, type(r) AS how, r.role AS role, r.citedParagraphs AS paragraphs ORDER BY who""");
        assertThat(rows).extracting(r -> r.get("who") + " " + r.get("how") + " " + r.get("role"))
                .containsExactly("org:iom COORDINATES null", "person:antonio-vitorino HOLDS_POSITION Coordinator");
    }

    @Test
    void whatHappenedAtTheFirstMeetingOfTheMigrationMptfSteeringCommittee() {
        var rows = ask("""
                MATCH (m:Meeting {id: 'meeting:2019-12-10-migration-mptf-steering-committee'})-[r:ADOPTED|FOLLOWED_BY]->(x)
                RETURN type(r) AS what, x.id AS target, coalesce(x.date, '') AS date, r.citedParagraphs AS paragraphs ORDER BY what, target""");
        assertThat(rows).extracting(r -> r.get("what") + " " + r.get("target") + " " + r.get("date")).containsExactly(
                "ADOPTED statement:2019-12-10-mptf-rules-adopted 2019-12-10",
                "ADOPTED statement:2019-12-10-mptf-timetable-adopted 2019-12-10",
                "FOLLOWED_BY meeting:2020-04-02-migration-mptf-steering-committee 2020-04-02");
        assertThat(ask("MATCH (p:Person)-[:CHAIRS]->(:Organization {id: 'org:migration-mptf-steering-committee'}) RETURN p.name AS n"))
                .extracting(r -> r.get("n")).containsExactly("António Vitorino");
    }

    @Test
    void whoAttendedTheMeetingOfUnRegionalExpertsAndWhatWasItFor() {
        var rows = ask("""
                MATCH (m:Meeting {id: 'meeting:2019-12-10-un-regional-experts'})
                OPTIONAL MATCH (a)-[att:ATTENDED]->(m)
                OPTIONAL MATCH (m)-[c:CONCERNS]->(topic)
                RETURN collect(DISTINCT a.id) AS attendees, collect(DISTINCT topic.id) AS concerns, m.purpose AS purpose,
                       m.citedParagraphs AS paragraphs""");
        assertThat(list(rows.get(0).get("attendees"))).containsExactlyInAnyOrder("org:network-excom", "group:un-regional-commissions");
        assertThat(list(rows.get(0).get("concerns"))).containsExactlyInAnyOrder("topic:inter-agency-cooperation",
                "initiative:gcm-regional-reviews-round-1", "group:member-states");
        assertThat((String) rows.get(0).get("purpose")).startsWith("to identify ways to further enhance inter-agency cooperation")
                .endsWith("with a view to providing coherent and coordinated support to Member States");
    }

    @Test
    void whatDidTheInauguralAnnualMeetingDoAndWhatFollowedIt() {
        var rows = ask("""
                MATCH (m:Meeting {id: 'meeting:2019-12-11-network-annual-meeting'})-[r:FOLLOWED_BY]->(next:Meeting)
                MATCH (m)-[c:CONCERNS]->(d:Statement)
                MATCH (g:Group)-[a:ATTENDED]->(m)
                RETURN m.sequence AS first, next.sequence AS second, next.date AS nextDate, d.statementType AS decided,
                       exists { (m)-[:ADOPTED]->(d) } AS adopted, collect(g.id) AS participants,
                       r.citedParagraphs + c.citedParagraphs AS paragraphs""");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("first", 1L).containsEntry("second", 2L).containsEntry("nextDate", "2020-12-16").containsEntry("decided", "decision");
            // "provided a space for ... concomitant decisions": the summary does not say the meeting adopted them.
            assertThat(r).containsEntry("adopted", false);
            assertThat(list(r.get("participants"))).containsExactlyInAnyOrder("group:network-members", "group:network-partners");
        });
    }

    @Test
    void whereIsTheCoordinatorsStatementRecorded() {
        var rows = ask("""
                MATCH (:Person {id: 'person:antonio-vitorino'})-[r:DELIVERED_REMARKS_AT]->(m:Meeting)
                RETURN m.id AS meeting, r.citedParagraphs AS paragraphs""");
        assertThat(rows).singleElement().satisfies(r ->
                assertThat(list(r.get("paragraphs"))).containsExactly(BRIEFING + "#3", BRIEFING + "#7"));
    }

    @Test
    void whoTookTheFloorAtTheBriefingIncludingTheUk() {
        var rows = ask("""
                MATCH (x)-[r:TOOK_THE_FLOOR_AT]->(:Meeting {id: 'meeting:2019-12-12-member-state-briefing'})
                RETURN x.id AS who, r.citedParagraphs AS paragraphs ORDER BY who""");
        assertThat(column(rows, "who")).containsExactly("person:special-rapporteur-migrants", "state:DEU", "state:ECU", "state:GBR",
                "state:HTI", "state:MAR", "state:MEX", "state:PAK", "state:PHL", "state:THA");
    }

    @Test
    void whatDidDelegatesAskAndHowDidTheCoordinatorRespond() {
        var rows = ask("""
                MATCH (req:Statement {statementType: 'request'})-[:MADE_AT]->(:Meeting {id: 'meeting:2019-12-12-member-state-briefing'})
                MATCH (answer:Statement)-[:RESPONDS_TO]->(req)
                MATCH (req)-[:ADDRESSED_TO]->(to)
                OPTIONAL MATCH (who)-[:MADE]->(req)
                RETURN req.id AS request, collect(DISTINCT who.id) AS by, collect(DISTINCT to.id) AS to, answer.statementType AS response,
                       req.citedParagraphs + answer.citedParagraphs AS paragraphs ORDER BY request""");
        assertThat(column(rows, "request")).containsExactly("statement:2019-12-12-request-network-website",
                "statement:2019-12-12-request-regional-review-updates", "statement:2019-12-12-request-regular-briefings");
        // Passive in the text ("the Coordinator was invited"): nobody is said to have made them.
        assertThat(rows).allSatisfy(r -> {
            assertThat(list(r.get("by"))).isEmpty();
            assertThat(list(r.get("to"))).containsExactlyInAnyOrder("person:antonio-vitorino", "org:network");
            assertThat(r).containsEntry("response", "commitment");
        });
    }

    @Test
    void whatDidTheCoordinatorInviteMemberStatesToDo() {
        var rows = ask("""
                MATCH (:Person {id: 'person:antonio-vitorino'})-[:MADE]->(s:Statement)-[:ADDRESSED_TO]->(:Group {id: 'group:member-states'})
                OPTIONAL MATCH (s)-[:CONCERNS]->(x)
                RETURN s.id AS statement, s.statementType AS type, collect(x.id) AS concerns, s.citedParagraphs AS paragraphs ORDER BY statement""");
        assertThat(rows).extracting(r -> r.get("type") + " " + r.get("statement")).containsExactly(
                "activity statement:2019-12-12-first-year-update",
                "invitation statement:2019-12-12-invitation-donor-base",
                "invitation statement:2019-12-12-invitation-ownership",
                "invitation statement:2019-12-12-invitation-reach-out",
                "commitment statement:2019-12-12-network-ready-to-assist");
        assertThat(list(rows.get(1).get("concerns"))).contains("initiative:migration-mptf", "topic:donor-base");
    }

    @Test
    void whatDidSeveralDelegatesAppreciateAndCallFor() {
        var rows = ask("""
                MATCH (s:Statement {id: 'statement:2019-12-12-appreciation-and-call'})-[r:CREDITS|CONCERNS]->(x)
                MATCH (who)-[m:MADE]->(s)
                RETURN type(r) AS how, x.id AS target, who.id AS by, s.citedParagraphs + m.citedParagraphs + who.citedParagraphs AS paragraphs ORDER BY how""");
        assertThat(rows).extracting(r -> r.get("how") + " " + r.get("target"))
                .containsExactly("CONCERNS framework:gcm", "CREDITS org:network");
        // "Several delegates" of "countries/offices", as the summary has them, not "Member States".
        assertThat(rows).allSatisfy(r -> assertThat(r).containsEntry("by", "group:briefing-2019-12-12-delegates"));
    }

    @Test
    void howIsGermanyConnectedToTheMigrationMptf() {
        var rows = ask("""
                MATCH path = (:MemberState {id: 'state:DEU'})-[*1..3]-(:Initiative {id: 'initiative:migration-mptf'})
                WHERE all(n IN nodes(path) WHERE n:Entity)
                RETURN [r IN relationships(path) | type(r)] AS types,
                       reduce(ps = [], r IN relationships(path) | ps + coalesce(r.citedParagraphs, [])) AS paragraphs
                ORDER BY size(types)""");
        assertThat(column(rows, "types")).first().isEqualTo(List.of("CONTRIBUTES_TO"));
        assertThat(column(rows, "types")).contains(List.of("TOOK_THE_FLOOR_AT", "MADE_AT", "CONCERNS"));
    }

    @Test
    void whoSpokeAtWhichMeeting() {
        var rows = ask("""
                MATCH (x)-[r:TOOK_THE_FLOOR_AT|DELIVERED_REMARKS_AT]->(m:Meeting)
                RETURN m.id AS meeting, count(x) AS speakers, collect(r.citedParagraphs)[0] AS paragraphs ORDER BY meeting""");
        assertThat(rows).extracting(r -> r.get("meeting") + " " + r.get("speakers")).containsExactly(
                "meeting:2019-07-16-migration-mptf-launch 1",
                "meeting:2019-12-12-member-state-briefing 11",
                "meeting:2020-12-16-network-annual-meeting 1");
    }

    // --- The remarks of 16 December 2020 ----------------------------------------------------------

    @Test
    void whoDeliveredTheRemarksAtTheSecondAnnualMeetingAndToWhom() {
        var rows = ask("""
                MATCH (p:Person)-[r:DELIVERED_REMARKS_AT]->(m:Meeting {id: 'meeting:2020-12-16-network-annual-meeting'})
                MATCH (p)-[au:AUTHORED]->(:Document)
                RETURN p.id AS speaker, r.salutation AS salutation, exists { ()-[:ATTENDED]->(m) } AS attendanceStated,
                       r.citedParagraphs + au.citedParagraphs AS paragraphs""");
        assertThat(rows).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("speaker", "person:deputy-secretary-general")
                .containsEntry("salutation", "Excellencies, Distinguished delegates, Colleagues and friends")
                // A salutation says whom the speaker addressed, not who attended.
                .containsEntry("attendanceStated", false));
    }

    @Test
    void whatTragedyDidTheRemarksRecallAndWhichGcmObjectiveConcernsIt() {
        var rows = ask("""
                MATCH (e:Event)-[o:OCCURRED_IN]->(place), (e)-[:CONCERNS]->(t:Topic)<-[:ADDRESSES]-(obj:Objective)
                RETURN e.date AS date, e.deathsUpTo AS deaths, place.name AS place, obj.id AS objective, o.citedParagraphs AS paragraphs""");
        assertThat(rows).singleElement().satisfies(r -> assertThat(r).containsEntry("date", "2020-12").containsEntry("deaths", 25L)
                .containsEntry("place", "Venezuela (Bolivarian Republic of)").containsEntry("objective", "objective:gcm-08"));
    }

    @Test
    void whatDidTheRemarksSayAbout2020AndWhatIsAtStake() {
        var rows = ask("""
                MATCH (s:Statement {statementType: 'observation'})-[:CONCERNS]->(x) WHERE s.id IN
                  ['statement:2020-12-16-difficult-year', 'statement:2020-12-16-stakes-reminder']
                RETURN DISTINCT s.id AS statement, COLLECT { MATCH (s)-[:CONCERNS]->(y) RETURN y.id ORDER BY y.id } AS about,
                       s.citedParagraphs AS paragraphs ORDER BY statement""");
        assertThat(rows).extracting(r -> r.get("statement") + " " + r.get("about")).containsExactly(
                "statement:2020-12-16-difficult-year [org:un]",
                "statement:2020-12-16-stakes-reminder [event:2020-12-venezuela-migrant-deaths, topic:migration-management]");
    }

    @Test
    void whomDidTheDeputySecretaryGeneralCommendAndForWhat() {
        var rows = ask("""
                MATCH (:Person {id: 'person:deputy-secretary-general'})-[:MADE]->(s:Statement {statementType: 'commendation'})-[:CREDITS]->(x)
                RETURN s.id AS statement, collect(x.id) AS credited, s.citedParagraphs AS paragraphs ORDER BY statement""");
        assertThat(rows).extracting(r -> r.get("statement")).containsExactly("statement:2020-12-16-commend-champions",
                "statement:2020-12-16-commend-leadership", "statement:2020-12-16-commendation");
        assertThat(list(rows.get(2).get("credited"))).containsExactlyInAnyOrder("org:un-system", "org:network");
    }

    @Test
    void howDidTheNetworkRespondToCovid19() {
        var rows = ask("""
                MATCH (s:Statement {statementType: 'activity'})-[:CREDITS]->(:Organization {id: 'org:network'}),
                      (s)-[:CONCERNS]->(:Topic {id: 'topic:covid-19'})
                RETURN s.id AS statement, s.citedParagraphs AS paragraphs ORDER BY statement""");
        assertThat(column(rows, "statement")).containsExactly("statement:2020-12-16-covid-response", "statement:2020-12-16-pandemic-guidance");
    }

    @Test
    void whatAreTheNetworksCoreResponsibilitiesInSupportOfTheGcm() {
        var rows = ask("""
                MATCH (s:Statement {statementType: 'responsibility'})-[:CREDITS]->(:Organization {id: 'org:network'})
                MATCH (:Organization {id: 'org:network'})-[support:SUPPORTS]->(:Framework {id: 'framework:gcm'})
                RETURN s.name AS responsibility, s.citedParagraphs + support.citedParagraphs AS paragraphs ORDER BY responsibility""");
        assertThat(column(rows, "responsibility")).containsExactly("Advancing the Compact Champions initiative",
                "Developing comprehensive guidance on implementation of the GCM", "Expanding UN coordination on migration at country and regional levels",
                "Facilitating strong stakeholder engagement", "Operationalizing the Migration Fund", "Preparing for the first round of regional reviews");
    }

    @Test
    void whatIsTheKeyTaskNow() {
        var rows = ask("""
                MATCH (p)-[:MADE]->(s:Statement {id: 'statement:2020-12-16-key-task'})
                OPTIONAL MATCH (s)-[:ADDRESSED_TO|CONCERNS]->(x)
                RETURN p.id AS by, collect(x.id) AS linked, s.citedQuotes[0] AS quote, s.citedParagraphs AS paragraphs""");
        // The sentence names no addressee and no group: the statement is its quote.
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("by", "person:deputy-secretary-general");
            assertThat(list(r.get("linked"))).isEmpty();
            assertThat(r).extractingByKey("quote").asString().contains("make migration work for all");
        });
    }

    @Test
    void whichThreeOpportunitiesDidTheRemarksHighlightAndWhatBelongsToEach() {
        var rows = ask("""
                MATCH (o:Statement {statementType: 'opportunity'})
                OPTIONAL MATCH (part:Statement)-[p:PART_OF]->(o)
                WITH o, count(part) AS parts, collect(p.citedParagraphs) AS partParagraphs
                RETURN o.id AS opportunity, parts,
                       o.citedParagraphs + reduce(ps = [], x IN partParagraphs | ps + x) AS paragraphs ORDER BY opportunity""");
        assertThat(rows).extracting(r -> r.get("opportunity") + " " + r.get("parts")).containsExactly(
                "statement:2020-12-16-opportunity-momentum 3",
                "statement:2020-12-16-opportunity-recovery 8",
                "statement:2020-12-16-opportunity-regional 4");
    }

    @Test
    void whatWasTheNetworkEncouragedToDoIn2021() {
        var rows = ask("""
                MATCH (s:Statement {statementType: 'call to action'})-[:ADDRESSED_TO]->(:Organization {id: 'org:network'})
                RETURN s.id AS call, s.citedParagraphs AS paragraphs ORDER BY call""");
        assertThat(column(rows, "call")).containsExactly("statement:2020-12-16-call-keep-momentum",
                "statement:2020-12-16-call-vaccines-for-migrants");
    }

    @Test
    void whichInitiativeKeepsTheCompactsMomentumAndWhoJoinedIt() {
        var rows = ask("""
                MATCH (i:Initiative)-[s:SUPPORTS]->(:Framework {id: 'framework:gcm'})
                WHERE i.id = 'initiative:compact-champions'
                MATCH (g)-[m:MEMBER_OF]->(i)
                RETURN i.name AS initiative, g.id AS members, s.citedParagraphs + m.citedParagraphs AS paragraphs""");
        assertThat(rows).singleElement().satisfies(r -> assertThat(r).containsEntry("members", "group:compact-champion-states"));
    }

    @Test
    void whatCanNetworkMembersDoAheadOfTheFirstImrf() {
        var rows = ask("""
                MATCH (s:Statement)-[:ADDRESSED_TO]->(:Group {id: 'group:network-members'})
                MATCH (s)-[:CONCERNS]->(m:Meeting)-[:MEETING_OF]->(i:Initiative)
                RETURN s.id AS call, m.date AS forum, i.aliases[0] AS process, s.citedParagraphs AS paragraphs""");
        assertThat(rows).singleElement().satisfies(r -> assertThat(r).containsEntry("forum", "2022-05-17").containsEntry("process", "IMRF"));
    }

    @Test
    void whichFrameworksMustRecoveryStrategiesAlignWith() {
        var rows = ask("""
                MATCH (:Topic {id: 'topic:recovery'})-[a:ALIGNED_WITH]->(f:Framework)
                RETURN f.id AS framework, a.modality AS modality, a.citedParagraphs AS paragraphs ORDER BY framework""");
        assertThat(rows).extracting(r -> r.get("framework") + " " + r.get("modality"))
                .containsExactly("framework:2030-agenda must", "framework:paris-agreement must");
        assertThat(ask("""
                MATCH (s:Statement {id: 'statement:2020-12-16-call-inclusive-recovery'})-[:ADDRESSED_TO]->(g)
                RETURN g.id AS to, s.citedParagraphs AS paragraphs""")).extracting(r -> r.get("to")).containsExactly("group:governments");
    }

    @Test
    void whatIsAskedAboutVaccinesAndWhichSdgTargetCoversThem() {
        var rows = ask("""
                MATCH (s:Statement)-[:CONCERNS]->(v:Topic {id: 'topic:vaccines'})<-[:ADDRESSES]-(t:Objective)
                RETURN s.id AS statement, t.number AS target, s.citedParagraphs AS paragraphs ORDER BY statement""");
        assertThat(rows).extracting(r -> r.get("statement") + " " + r.get("target")).containsExactly(
                "statement:2020-12-16-call-vaccines-for-migrants 3.8", "statement:2020-12-16-vaccines-first-step 3.8");
    }

    @Test
    void whichToolsAreKeyForRecovery() {
        var rows = ask("""
                MATCH (i:Initiative)-[s:SUPPORTS]->(:Topic {id: 'topic:recovery'})
                RETURN i.name AS tool, s.citedParagraphs AS paragraphs ORDER BY tool""");
        assertThat(column(rows, "tool")).containsExactly("UN Socio-Economic Response and Recovery Plans", "UN Sustainable Development Cooperation Frameworks");
    }

    @Test
    void whatDoesTheMigrationFundSupportAndWhoFundsIt() {
        var supports = ask("""
                MATCH (:Initiative {id: 'initiative:migration-mptf'})-[s:SUPPORTS]->(x)
                RETURN x.id AS supports, s.citedParagraphs AS paragraphs ORDER BY supports""");
        assertThat(column(supports, "supports")).containsExactly("framework:gcm", "framework:sdgs");
        var coherence = ask("""
                MATCH (s:Statement)-[:CONCERNS]->(:Initiative {id: 'initiative:migration-mptf'}), (s)-[:CONCERNS]->(x:Organization)
                RETURN s.id AS statement, x.id AS about, s.citedParagraphs AS paragraphs""");
        assertThat(coherence).extracting(r -> r.get("statement") + " " + r.get("about"))
                .containsExactly("statement:2020-12-16-fund-results org:un-system");
        var funders = ask("""
                MATCH (x)-[c:CONTRIBUTES_TO]->(:Initiative {id: 'initiative:migration-mptf'})
                RETURN x.id AS funder, c.citedParagraphs AS paragraphs ORDER BY funder""");
        // "I urge all donors to sustain ... their engagement" is a call (a Statement), not a contribution.
        assertThat(column(funders, "funder")).containsExactly("state:DEU", "state:GBR");
    }

    @Test
    void whatWasAskedOfDonorsAndOfAllStates() {
        var rows = ask("""
                MATCH (s:Statement)-[:ADDRESSED_TO]->(g:Group) WHERE g.id IN ['group:donors', 'group:member-states']
                MATCH (s)-[:CONCERNS]->(:Initiative {id: 'initiative:migration-mptf'})
                RETURN s.id AS call, g.id AS to, s.citedParagraphs AS paragraphs ORDER BY call""");
        assertThat(rows).extracting(r -> r.get("call") + " -> " + r.get("to")).containsExactly(
                "statement:2019-12-12-invitation-donor-base -> group:member-states",
                "statement:2020-12-16-call-broaden-donor-base -> group:member-states",
                "statement:2020-12-16-call-donors -> group:donors");
    }

    @Test
    void whatPlatformCanIssueBasedCoalitionsOfferAndWhereDoTheyComeFrom() {
        var rows = ask("""
                MATCH (i:Initiative {id: 'initiative:issue-based-coalitions'})-[r:PART_OF|SUPPORTS]->(x)
                MATCH (o:Statement {id: 'statement:2020-12-16-opportunity-regional'})
                RETURN type(r) AS how, x.id AS target, r.citedParagraphs + o.citedParagraphs AS paragraphs ORDER BY how""");
        assertThat(rows).extracting(r -> r.get("how") + " " + r.get("target"))
                .containsExactly("PART_OF initiative:un-development-system-reform");
        // "can offer a solid platform" is hedged: a Statement with its quote, part of the third opportunity.
        var platform = ask("""
                MATCH (s:Statement {id: 'statement:2020-12-16-ibc-platform'})-[r:CONCERNS|PART_OF]->(x)
                RETURN type(r) + ' ' + x.id AS link, s.citedQuotes[0] AS quote, r.citedParagraphs AS paragraphs ORDER BY link""");
        assertThat(column(platform, "link")).containsExactly("CONCERNS initiative:issue-based-coalitions",
                "CONCERNS initiative:regional-coordination-mechanisms", "PART_OF statement:2020-12-16-opportunity-regional");
        assertThat(platform.get(0).get("quote")).asString().contains("can offer a solid platform");
    }

    @Test
    void whichRegionsFaceWhichMigrationChallengesAndWhereDoesClimateChangeMeetTheFrameworks() {
        var rows = ask("""
                MATCH (r:Region)-[c:FACES_CHALLENGE]->(t:Topic)
                RETURN r.name AS region, t.name AS challenge, c.citedParagraphs AS paragraphs ORDER BY region""");
        // The remarks name "human trafficking in the Sahel"; "the situation in Central America" and the AU
        // Protocol's roll-out are what the call concerns, not challenges of an M49 region.
        assertThat(rows).extracting(r -> r.get("region") + ": " + r.get("challenge")).containsExactly("Sahel: Human trafficking");
        assertThat(ask("""
                MATCH (s:Statement {id: 'statement:2020-12-16-call-regional-challenges'})-[c:CONCERNS]->(x)
                RETURN x.id AS about, c.citedParagraphs AS paragraphs ORDER BY about""")).extracting(r -> r.get("about")).contains(
                "topic:situation-in-central-america", "framework:au-free-movement-protocol").doesNotContain("region:m49-013");
        var climate = ask("""
                MATCH (s:Statement {id: 'statement:2020-12-16-call-regional-challenges'})-[:CONCERNS]->(t:Topic {id: 'topic:climate-change'})
                MATCH (o:Objective)-[:ADDRESSES]->(t)
                RETURN o.id AS objective, s.citedParagraphs AS paragraphs ORDER BY objective""");
        // Goal 13's words do not name migration, so only GCM objective 2 takes up the topic.
        assertThat(column(climate, "objective")).containsExactly("objective:gcm-02");
    }

    @Test
    void whichFrameworksDoesTheGcmComplementOrSupport() {
        var rows = ask("""
                MATCH (:Framework {id: 'framework:gcm'})-[r:COMPLEMENTS|SUPPORTS]->(f:Framework)
                RETURN type(r) AS how, f.id AS framework, r.citedParagraphs AS paragraphs ORDER BY how""");
        assertThat(rows).extracting(r -> r.get("how") + " " + r.get("framework"))
                .containsExactly("SUPPORTS framework:2030-agenda");
        // "We must also look more closely at how our support for the GCM ... complements our support for
        // the GCR": a call to examine, kept as the Statement that says it.
        assertThat(ask("""
                MATCH (s:Statement {id: 'statement:2020-12-16-call-gcm-gcr-complementarity'})-[c:CONCERNS]->(f:Framework)
                RETURN f.id AS framework, c.citedParagraphs AS paragraphs ORDER BY framework""")).extracting(r -> r.get("framework"))
                .containsExactly("framework:gcm", "framework:gcr");
        assertThat(ask("""
                MATCH (s:Statement {id: 'statement:2020-12-16-call-coordinated-approach'})-[:CONCERNS]->(g:Group)
                RETURN g.id AS who, s.citedParagraphs AS paragraphs ORDER BY who""")).extracting(r -> r.get("who"))
                .containsExactly("group:migrants", "group:refugees-and-displaced-people");
    }

    @Test
    void whoBuildsTheUnsCollaborativeApproachAndWhatShouldDriveIt() {
        var rows = ask("""
                MATCH (n)-[c:COORDINATES]->(:Organization {id: 'org:un-system'})
                MATCH (s:Statement {id: 'statement:2020-12-16-call-gcm-driving-force'})-[:CONCERNS]->(f:Framework)
                RETURN n.id AS coordinator, f.id AS drivingForce, c.citedParagraphs + s.citedParagraphs AS paragraphs ORDER BY coordinator""");
        // "Under the able coordination of the International Organization for Migration and the Migration Network".
        assertThat(rows).extracting(r -> r.get("coordinator") + " " + r.get("drivingForce"))
                .containsExactly("org:iom framework:gcm", "org:network framework:gcm");
    }

    @Test
    void whoChairedTheAsiaPacificRegionalReviewAndWhoHostedTheAfricanOne() {
        var rows = ask("""
                MATCH (s:MemberState)-[r:CHAIRS|HOSTED]->(m:Meeting)-[:MEETING_OF]->(:Initiative {id: 'initiative:gcm-regional-reviews-round-1'})
                RETURN s.name AS state, type(r) AS role, m.date AS date ORDER BY date""");
        assertThat(rows).extracting(r -> r.get("state") + " " + r.get("role") + " " + r.get("date"))
                .containsExactly("Philippines CHAIRS 2021-03-10", "Morocco HOSTED 2021-08-31");
    }

    @Test
    void whichDocumentsMentionIomAndInWhichParagraphs() {
        var rows = ask("""
                MATCH (d:Document)-[:HAS_PARAGRAPH]->(p:Paragraph)-[:MENTIONS]->(:Entity {id: 'org:iom'})
                RETURN d.id AS document, collect(p.number) AS numbers ORDER BY document""");
        assertThat(rows).extracting(r -> r.get("document") + " " + r.get("numbers"))
                .containsExactly(REMARKS + " [33]", BRIEFING + " [3]");
    }

    @Test
    void whichParagraphsStateNoFact() {
        var rows = ask("""
                MATCH (d:Document)-[:HAS_PARAGRAPH]->(p:Paragraph) WHERE NOT (p)-[:MENTIONS]->()
                RETURN p.id AS id, p.text AS text, [p.id] AS paragraphs ORDER BY id""");
        assertThat(rows).extracting(r -> r.get("id") + " " + r.get("text"))
                .containsExactly(REMARKS + "#13 Excellencies, ladies and gentlemen,", REMARKS + "#2 --",
                        REMARKS + "#32 Excellencies,", REMARKS + "#37 Thank you.");
    }

    /**
     * Runs every question of this class on this instance (each is also a test of its own) and
     * checks that together they ask about every paragraph the graph holds: runnable alone, in any
     * order, with the paragraph list read from the graph rather than counted by hand.
     */
    @Test
    void togetherTheQuestionsAskAboutEveryParagraphOfEveryDocument() throws Exception {
        ASKED.clear();
        for (Method question : getClass().getDeclaredMethods()) {
            if (question.isAnnotationPresent(Test.class) && !question.getName().startsWith("together")) {
                question.setAccessible(true);
                question.invoke(this);
            }
        }
        Set<String> missing = new TreeSet<>(column(cypher("MATCH (:Document)-[:HAS_PARAGRAPH]->(p:Paragraph) RETURN p.id AS id"), "id")
                .stream().map(String::valueOf).toList());
        assertThat(missing).as("the graph's paragraphs").isNotEmpty();
        missing.removeAll(ASKED);
        assertThat(missing).as("paragraphs no competency question asks about").isEmpty();
    }
}
