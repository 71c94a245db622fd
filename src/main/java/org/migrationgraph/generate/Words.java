package org.migrationgraph.generate;

import java.util.List;
import java.util.SplittableRandom;

/** Word pools for names a researcher might search for; every statement name says "migration". */
final class Words {

    static final List<String> MEETING_KINDS = List.of("Regional consultation", "Technical workshop", "Briefing", "Expert meeting",
            "Ministerial dialogue", "Stakeholder forum", "Review session", "Working group meeting");
    static final List<String> SUBJECTS = List.of("labour mobility", "return and reintegration", "climate-related displacement",
            "missing migrants", "consular protection", "skills partnerships", "border governance", "migration data",
            "remittances", "regular pathways", "alternatives to detention", "social protection", "child migrants",
            "trafficking in persons", "diaspora engagement", "access to services");
    static final List<String> CITIES = List.of("Geneva", "New York", "Bangkok", "Addis Ababa", "Santiago", "Beirut", "Nairobi",
            "Dakar", "Panama City", "Vienna", "Cairo", "Manila", "Brussels", "Suva", "Rabat", "Quito");
    static final List<String> ASKS = List.of("Call for", "Commitment to", "Request for", "Proposal on", "Invitation to work on",
            "Recommendation on", "Appeal for", "Pledge on");
    static final List<String> FIRST_NAMES = List.of("Amina", "Luis", "Mei", "Oluwaseun", "Sofia", "Rahul", "Nadia", "Tomás",
            "Aylin", "Kwame", "Elena", "Hiroshi", "Fatima", "Jonas", "Priya", "Mateo");
    static final List<String> LAST_NAMES = List.of("Haddad", "Okafor", "Lindqvist", "Rahman", "Moreau", "Tanaka", "Silva",
            "Kowalski", "Mensah", "Ivanova", "Chen", "García", "Nasser", "Ahmed", "Novak", "Ortiz");
    static final List<String> ROLES = List.of("Director", "Senior Adviser", "Programme Officer", "Head of Office", "Special Envoy",
            "Policy Officer");
    static final List<String> ORG_KINDS = List.of("Migration Observatory", "Diaspora Council", "Labour Migration Centre",
            "Refugee Support Network", "Mobility Research Institute", "Border Studies Centre");

    private Words() {
    }

    static String pick(SplittableRandom random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
