package org.migrationgraph.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.migrationgraph.generate.Anchors.Named;
import org.migrationgraph.support.NameKeys;

/**
 * A synthetic graph in the seed's shape, one document at a time. Document u records meeting u:
 * who organized and hosted it, eight statements made there (by a State, an agency or a person
 * present), each addressed to someone and concerning a topic or framework, who attended, and who
 * wrote the summary. Every entity and relation is cited by the paragraph that says so, with the
 * sentence as the quote, so the generated graph is as cited as the seed. Document u depends only
 * on u, the seed number and the anchors, so any range of documents can be made on its own, and
 * making it twice gives the same rows. Hubs come from skewed choices: about a third of statements
 * concern the Global Compact and half are addressed to the Network, so at a million entities
 * those two have 100,000 relations or more; States are picked with a Zipf-like skew.
 */
final class SyntheticGraph {

    /** Entities per document: the document, its meeting, 8 statements, 3 people, and now and then an agency, topic or initiative. */
    static final double ENTITIES_PER_DOCUMENT = 13 + 1.0 / 7 + 1.0 / 20 + 1.0 / 20;
    static final int STATEMENTS = 8;
    static final int PEOPLE = 3;
    static final int ATTENDING_STATES = 5;

    private final Anchors anchors;
    private final long seed;

    SyntheticGraph(Anchors anchors, long seed) {
        this.anchors = anchors;
        this.seed = seed;
    }

    /** How many documents make about this many entities. */
    static long documentsFor(long entities) {
        return Math.max(1, Math.round(entities / ENTITIES_PER_DOCUMENT));
    }

    /** The rows of documents [from, to). */
    Chunk documents(long from, long to) {
        Chunk chunk = Chunk.empty();
        for (long u = from; u < to; u++) {
            new Document(u).write(chunk);
        }
        return chunk;
    }

    /** One generated document and everything it records, built sentence by sentence. */
    private final class Document {

        private final long u;
        private final SplittableRandom random;
        private final String id;
        private final String date;
        private final List<String> paragraphs = new ArrayList<>();
        private final Map<String, Map<String, Object>> entities = new LinkedHashMap<>();
        private final List<Map<String, Object>> relations = new ArrayList<>();

        Document(long u) {
            this.u = u;
            this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + u);
            this.id = "doc:gen-" + u;
            this.date = LocalDate.of(2019 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString();
        }

        void write(Chunk chunk) {
            Named meeting = new Named("meeting:gen-" + u, Words.pick(random, Words.MEETING_KINDS) + " on " + Words.pick(random, Words.SUBJECTS)
                    + ", " + Words.pick(random, Words.CITIES) + " " + u);
            Named organizer = organizer();
            Named host = state();
            Named body = anchors.bodies().get(random.nextInt(anchors.bodies().size()));
            List<Named> people = people(organizer);
            String opening = meeting.name() + " took place on " + date;
            String organized = "organized by " + organizer.name();
            String hosted = "hosted by " + host.name();
            String session = "It was a session of " + body.name() + ".";
            int first = paragraph(opening + ", " + organized + " and " + hosted + ". " + session);
            entity(id, "Document", "Summary of " + meeting.name(), first, opening, Map.of("date", date, "documentType", "summary"));
            entity(meeting.id(), "Meeting", meeting.name(), first, opening, Map.of("date", date, "status", "held"));
            relation(id, "RECORDS", meeting.id(), first, opening);
            relation(organizer.id(), "ORGANIZED", meeting.id(), first, organized);
            relation(host.id(), "HOSTED", meeting.id(), first, hosted);
            relation(meeting.id(), "MEETING_OF", body.id(), first, session);
            for (int i = 0; i < STATEMENTS; i++) {
                statement(i, meeting, people);
            }
            attendance(meeting, people);
            if (organizer.id().startsWith("org:gen-")) {
                String supports = organizer.name() + " supports " + anchors.concernedHub().name() + ".";
                relation(organizer.id(), "SUPPORTS", anchors.concernedHub().id(), paragraph(supports), supports);
            }
            String wrote = people.get(0).name() + " wrote this summary.";
            relation(people.get(0).id(), "AUTHORED", id, paragraph(wrote), wrote);
            paragraphs(chunk);
            chunk.entities().addAll(entities.values());
            chunk.relations().addAll(relations);
        }

        /** Every seventh document brings a new agency, which organizes its meeting; otherwise a hub or a seed agency does. */
        private Named organizer() {
            if (u % 7 == 0) {
                String subject = Words.pick(random, Words.SUBJECTS);
                return new Named("org:gen-" + u, Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + " "
                        + Words.pick(random, Words.ORG_KINDS) + " " + u);
            }
            double r = random.nextDouble();
            if (r < 0.3) {
                return anchors.organizerHub();
            }
            return anchors.organizations().get(random.nextInt(anchors.organizations().size()));
        }

        private List<Named> people(Named organizer) {
            List<Named> people = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                people.add(new Named("person:gen-" + u + "-" + i, Words.pick(random, Words.FIRST_NAMES) + " " + Words.pick(random, Words.LAST_NAMES)
                        + " " + u + "-" + i));
            }
            return people;
        }

        private void statement(int i, Named meeting, List<Named> people) {
            Named speaker = random.nextDouble() < 0.6 ? state() : people.get(random.nextInt(people.size()));
            Named target = random.nextDouble() < 0.5 ? anchors.addressedHub() : state();
            Named topic = random.nextDouble() < 0.33 ? anchors.concernedHub() : topic();
            String name = Words.pick(random, Words.ASKS) + " " + Words.pick(random, Words.SUBJECTS) + " in migration governance (" + u + "." + i + ")";
            String made = speaker.name() + " made a statement at the meeting: " + name + ".";
            String addressed = "It was addressed to " + target.name() + ".";
            String concerned = "It concerned " + topic.name() + ".";
            int p = paragraph(made + " " + addressed + " " + concerned);
            String statement = "statement:gen-" + u + "-" + i;
            entity(statement, "Statement", name, p, made, Map.of("date", date, "statementType", "request"));
            relation(speaker.id(), "MADE", statement, p, made);
            relation(statement, "MADE_AT", meeting.id(), p, made);
            relation(statement, "ADDRESSED_TO", target.id(), p, addressed);
            relation(statement, "CONCERNS", topic.id(), p, concerned);
        }

        private void attendance(Named meeting, List<Named> people) {
            List<Named> states = new ArrayList<>();
            while (states.size() < ATTENDING_STATES) {
                Named state = state();
                if (!states.contains(state)) {
                    states.add(state);
                }
            }
            String attending = "Attending were " + String.join(", ", states.stream().map(Named::name).toList()) + ".";
            int p = paragraph(attending);
            states.forEach(s -> relation(s.id(), "ATTENDED", meeting.id(), p, attending));
            Named employer = anchors.organizations().get(random.nextInt(anchors.organizations().size()));
            for (Named person : people) {
                String role = person.name() + ", " + Words.pick(random, Words.ROLES) + " of " + employer.name() + ", attended.";
                int q = paragraph(role);
                entity(person.id(), "Person", person.name(), q, role, Map.of());
                relation(person.id(), "HOLDS_POSITION", employer.id(), q, role);
                relation(person.id(), "ATTENDED", meeting.id(), q, role);
            }
        }

        /** States by a Zipf-like skew: the first in id order are picked most, as a few States speak most. */
        private Named state() {
            int n = anchors.states().size();
            int index = (int) Math.min(n - 1, Math.floor(n * Math.pow(random.nextDouble(), 2.5)));
            return anchors.states().get(index);
        }

        /** A seed topic or framework, or, every twentieth document, a topic of its own. */
        private Named topic() {
            if (u % 20 == 3 && !entities.containsKey("topic:gen-" + u)) {
                return new Named("topic:gen-" + u, "Migration and " + Words.pick(random, Words.SUBJECTS) + " " + u);
            }
            return anchors.topics().get(random.nextInt(anchors.topics().size()));
        }

        private int paragraph(String text) {
            paragraphs.add(text);
            return paragraphs.size();
        }

        private void paragraphs(Chunk chunk) {
            for (int i = 0; i < paragraphs.size(); i++) {
                String pid = id + "#" + (i + 1);
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("id", pid);
                props.put("document", id);
                props.put("number", i + 1);
                props.put("text", paragraphs.get(i));
                props.put("generated", seed);
                chunk.paragraphs().add(row(pid, props));
            }
        }

        /** An entity first named in paragraph p, cited by it; written once even when named again. */
        private void entity(String entityId, String kind, String name, int p, String quote, Map<String, Object> extra) {
            Map<String, Object> props = new LinkedHashMap<>(extra);
            props.put("id", entityId);
            props.put("kind", kind);
            props.put("name", name);
            props.put("aliases", List.of());
            props.put("aliasText", name);
            props.put("nameKeys", List.of(NameKeys.of(name)));
            cite(props, p, quote);
            props.put("quoteText", quote);
            props.put("generated", seed);
            Map<String, Object> row = row(entityId, props);
            row.put("kinds", List.of(kind));
            entities.putIfAbsent(entityId, row);
        }

        private void relation(String from, String type, String to, int p, String quote) {
            if (from.startsWith("org:gen-") || to.startsWith("org:gen-")) {
                ensureAgency(from.startsWith("org:gen-") ? from : to, p, quote);
            }
            if (to.startsWith("topic:gen-")) {
                entity(to, "Topic", quote.substring("It concerned ".length(), quote.length() - 1), p, quote, Map.of());
            }
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("id", from + "-" + type + "->" + to);
            cite(props, p, quote);
            props.put("generated", seed);
            props.put("date", date);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("from", from);
            row.put("to", to);
            row.put("type", type);
            row.put("props", props);
            relations.add(row);
        }

        /** A new agency is an entity the first time a relation names it, cited by that sentence. */
        private void ensureAgency(String agency, int p, String quote) {
            if (!entities.containsKey(agency)) {
                String name = quote.startsWith("organized by ") ? quote.substring("organized by ".length()) : agency;
                entity(agency, "Organization", name, p, quote, Map.of());
            }
        }

        private void cite(Map<String, Object> props, int p, String quote) {
            props.put("citedParagraphs", List.of(id + "#" + p));
            props.put("citedQuotes", List.of(quote));
            props.put("citedReferences", List.of());
            props.put("citedReferenceDetails", List.of());
        }

        private Map<String, Object> row(String rowId, Map<String, Object> props) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", rowId);
            row.put("props", props);
            return row;
        }
    }
}
