package org.migrationgraph.ingest;

import static org.migrationgraph.ingest.ReadingContext.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements: requests, invitations, commitments, calls to action, commendations, opportunities,
 * activities, responsibilities and decisions, each found by the words that make it one ("He
 * invited Member States in turn to:", "I encourage", "We must", "committed to", "adopted"), with who
 * made it, where, to whom it is addressed, whom it credits and what it concerns. In a speech
 * every other sentence is an observation by the speaker.
 */
final class StatementRules {

    private static final List<Cue> CUES = List.of(
            new Cue("request", "\\bwas (?:invited|asked|requested) to\\b|\\brequest(?:ed|s)? (?:that|the)\\b"),
            new Cue("invitation", "\\binvit(?:ed|es|e)\\b.*\\bto\\b"),
            new Cue("commitment", "\\bcommitted to\\b|\\bstands? ready\\b|\\bpledged?\\b|\\bwill continue to\\b"),
            new Cue("commendation", "\\bcommend"),
            new Cue("opportunity", "^(?:First|Second|Third|Fourth|Finally),|\\bopportunity lies\\b"),
            new Cue("decision", "\\badopt(?:ed|ion of)\\b"),
            new Cue("call to action", "\\bcalled for\\b|\\b(?:I|we) (?:encourage|urge|call on)\\b|\\bencourage all\\b|\\bmust\\b|^Let us\\b"
                    + "|\\bit is essential\\b|\\bcan support\\b|\\bkey task\\b"),
            new Cue("activity", "^You\\b|\\bprovide an update\\b|\\bused the (?:briefing|meeting)\\b"));
    private static final Pattern ADDRESSEE = Pattern.compile("\\b(?:encourage|urge|invited|invite|call on|asked)\\s+");
    private static final Pattern REQUEST = Pattern.compile("\\bwas (?:invited|asked|requested) to\\b");
    private static final Pattern SKIP = Pattern.compile("^(?:\\*\\*|Excellencies|Thank you|Distinguished|It is a pleasure|Allow me|I wish you)");
    private static final Pattern NOT_A_STATEMENT = Pattern.compile("\\bunder the (?:\\w+ )?coordination of\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_CONCERNED = Set.of("pronoun", "speaker");

    private StatementRules() {
    }

    /** A cue: the statement type and the words that signal it. */
    private record Cue(String type, Pattern pattern) {
        Cue(String type, String regex) {
            this(type, Pattern.compile(regex));
        }
    }

    /** A statement being built: its id, type, paragraph and quote, and its place in the paragraph. */
    private record Found(String id, String type, int paragraph, int start, int end, String quote) {
    }

    static void apply(ReadingContext ctx) {
        boolean speech = ctx.speakerId != null;
        Lead lead = null;
        String opportunity = null;
        List<Found> requests = new ArrayList<>();
        for (int p = 1; p <= ctx.paragraphs.size(); p++) {
            String text = ctx.paragraph(p);
            if (text.startsWith("Excellencies")) {
                opportunity = null;
            }
            boolean heading = p <= 4 && text.split(" ").length < 15 && MeetingRules.MEETING_WORD.matcher(text).find();
            if (text.split(" ").length < 4 || SKIP.matcher(text).find() || heading) {
                continue;
            }
            boolean item = text.startsWith("- ");
            int number = p;
            for (Sentence sentence : units(ctx, number, speech)) {
                boolean first = sentence.start() <= 2;
                if (item && first && lead != null) {
                    int start = sentence.start() + (sentence.text().startsWith("- ") ? 2 : 0);
                    Found found = statement(ctx, lead.type(), p, start, sentence.end(), lead, speech);
                    if (found.type().equals("request")) {
                        requests.add(found);
                    }
                    continue;
                }
                if (item && lead != null) {
                    Optional<String> type = type(sentence.text(), speech);
                    if (type.isPresent()) {
                        statement(ctx, type.get(), p, sentence.start(), sentence.end(), lead, speech);
                    }
                    continue;
                }
                if (!item) {
                    lead = null;
                }
                for (Found found : sentenceStatements(ctx, sentence, speech)) {
                    if (found == null) {
                        continue;
                    }
                    if (sentence.text().endsWith(":") && (found.type().equals("invitation") || found.type().equals("request"))) {
                        lead = new Lead(found.type(), found.type().equals("request") ? null : maker(ctx, sentence, speech).orElse(null),
                                addressee(ctx, sentence).orElse(null), sentence);
                        retract(ctx, found);
                        continue;
                    }
                    if (found.type().equals("opportunity")) {
                        opportunity = found.id();
                    } else if (speech && opportunity != null) {
                        relation(ctx, found.id(), "PART_OF", opportunity, Map.of(), found.paragraph(), found.quote(), 0.6, "opportunity-group");
                    }
                    if (found.type().equals("commitment") && sentence.text().contains("request")) {
                        requests.forEach(r -> relation(ctx, found.id(), "RESPONDS_TO", r.id(), Map.of(), found.paragraph(),
                                found.quote(), 0.75, "responds-to-requests"));
                    }
                }
            }
        }
    }

    /** A lead-in ending in ":" whose list items are each a statement of its type. */
    private record Lead(String type, String maker, String addressee, Sentence sentence) {
    }

    private static List<Found> sentenceStatements(ReadingContext ctx, Sentence sentence, boolean speech) {
        String text = sentence.text();
        Optional<String> type = type(text, speech);
        if (type.isEmpty()) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        Matcher list = Pattern.compile(":\\s+(?=[a-z])").matcher(text);
        if (list.find() && text.indexOf(';', list.end()) > 0) {
            // "your core responsibilities to ...: developing ...; expanding ...; and preparing ...": one statement each.
            String itemType = text.substring(0, list.start()).contains("responsibilit") ? "responsibility" : type.get();
            int at = sentence.start() + list.end();
            for (String part : text.substring(list.end()).split(";\\s*")) {
                String clean = part.replaceFirst("^and\\s+", "").replaceFirst("\\.$", "");
                int start = ctx.paragraph(sentence.paragraph()).indexOf(clean, at);
                found.add(statement(ctx, itemType, sentence.paragraph(), start, start + clean.length(),
                        maker(ctx, sentence, speech).orElse(null), null, speech));
                at = start + clean.length();
            }
            return found;
        }
        Matcher split = Pattern.compile(",\\s+and\\s+(?=(?:encourage|urge|invite|call on)\\b)").matcher(text);
        if (split.find()) {
            String firstEnd = text.substring(0, split.start());
            found.add(statement(ctx, type.get(), sentence.paragraph(), sentence.start(), sentence.start() + firstEnd.length(),
                    maker(ctx, sentence, speech).orElse(null), null, speech));
            found.add(statement(ctx, type.get(), sentence.paragraph(), sentence.start() + split.end(), sentence.end(),
                    maker(ctx, sentence, speech).orElse(null), null, speech));
            return found;
        }
        found.add(statement(ctx, type.get(), sentence.paragraph(), sentence.start(), sentence.end(),
                maker(ctx, sentence, speech).orElse(null), null, speech));
        return found;
    }

    private static Optional<String> type(String sentence, boolean speech) {
        for (Cue cue : CUES) {
            if (cue.pattern().matcher(sentence).find()) {
                return Optional.of(cue.type());
            }
        }
        return speech && sentence.split(" ").length >= 6 && !NOT_A_STATEMENT.matcher(sentence).find()
                ? Optional.of("observation") : Optional.empty();
    }

    /** The statement's maker: the speaker of a speech, else the first person or body the sentence names. */
    private static Optional<String> maker(ReadingContext ctx, Sentence sentence, boolean speech) {
        if (speech) {
            return Optional.of(ctx.speakerId);
        }
        if (REQUEST.matcher(sentence.text()).find()) {
            return Optional.empty();
        }
        // The subject opens the sentence: "The Coordinator acknowledged", "He invited"; "Several delegates" is no one the graph knows.
        int opening = sentence.start() + (sentence.text().startsWith("- ") ? 2 : 0) + (sentence.text().matches("(?s)(- )?(The|the) .*") ? 4 : 0);
        return ctx.mentionsIn(sentence).stream().filter(m -> m.start() <= opening + 1)
                .filter(m -> List.of("Person", "Organization").contains(ctx.kindOf(m.entityId()))).findFirst().map(Mention::entityId);
    }

    private static Optional<String> addressee(ReadingContext ctx, Sentence sentence) {
        String text = sentence.text();
        if (REQUEST.matcher(text).find()) {
            return ctx.firstOfKinds(ctx.mentionsIn(sentence), "Person", "Organization").map(Mention::entityId);
        }
        if (ctx.speakerId != null && ctx.meetingBodyId != null && Pattern.compile("\\bcommend your\\b|^Your\\b").matcher(text).find()) {
            return Optional.of(ctx.meetingBodyId);
        }
        Matcher m = ADDRESSEE.matcher(text);
        if (m.find()) {
            int at = sentence.start() + m.end();
            return ctx.mentionsIn(sentence).stream().filter(x -> x.start() >= at && x.start() <= at + 12 && !x.rule().equals("speaker"))
                    .findFirst().map(Mention::entityId);
        }
        Matcher can = Pattern.compile("\\bcan support\\b").matcher(text);
        if (can.find()) {
            int verb = sentence.start() + can.start();
            return ctx.mentionsIn(sentence).stream().filter(x -> x.end() <= verb && x.end() >= verb - 1).findFirst().map(Mention::entityId);
        }
        return Optional.empty();
    }

    /**
     * The sentences a paragraph's statements are made of: a short sentence ("I commend your
     * efforts.") and a list that goes on ("These include ...") join the one before; in a speech an
     * opportunity ("First, ...") takes the rest of its paragraph with it.
     */
    private static List<Sentence> units(ReadingContext ctx, int paragraph, boolean speech) {
        String text = ctx.paragraph(paragraph);
        List<Sentence> units = new ArrayList<>();
        for (Sentence s : ctx.sentences) {
            if (s.paragraph() != paragraph) {
                continue;
            }
            Sentence previous = units.isEmpty() ? null : units.get(units.size() - 1);
            boolean joins = previous != null && (s.text().split(" ").length < 6 || s.text().matches("(?s)^(These|They|This) includes?\\b.*")
                    || speech && type(previous.text(), true).filter("opportunity"::equals).isPresent());
            if (joins) {
                units.set(units.size() - 1, new Sentence(paragraph, previous.start(), s.end(), text.substring(previous.start(), s.end())));
            } else {
                units.add(s);
            }
        }
        return units;
    }

    private static Found statement(ReadingContext ctx, String type, int paragraph, int start, int end, Lead lead, boolean speech) {
        return statement(ctx, type, paragraph, start, end, lead.maker(), lead.addressee(), lead.sentence(), speech);
    }

    private static Found statement(ReadingContext ctx, String type, int paragraph, int start, int end, String maker,
                                   String leadAddressee, boolean speech) {
        return statement(ctx, type, paragraph, start, end, maker, leadAddressee, null, speech);
    }

    /**
     * A statement and its relations. Under a lead-in ("He invited Member States in turn to:"),
     * who made it and to whom it is addressed are quoted from the lead-in, which is what says so.
     */
    private static Found statement(ReadingContext ctx, String type, int paragraph, int start, int end, String maker,
                                   String leadAddressee, Sentence lead, boolean speech) {
        String text = ctx.paragraph(paragraph);
        String quote = text.substring(start, end).strip();
        String date = ctx.date();
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("statementType", type);
        if (date != null) {
            props.put("date", date);
        }
        String name = name(quote);
        String id = ctx.unusedId(ReadingContext.suggestId("statement", date, name));
        double confidence = type.equals("observation") ? 0.5 : 0.75;
        ctx.propose(Proposal.entity(ctx.document.id(), "Statement", id, name, props, paragraph, quote, confidence, "statement-" + type.replace(' ', '-')));
        Sentence sentence = new Sentence(paragraph, start, end, quote);
        List<Mention> mentions = ctx.mentionsIn(sentence);
        Set<String> roles = new HashSet<>();
        String adopter = decision(ctx, type, id, paragraph, quote, mentions, roles);
        int leadParagraph = lead == null ? paragraph : lead.paragraph();
        String leadQuote = lead == null ? quote : lead.text();
        if (maker != null && adopter == null) {
            relation(ctx, maker, "MADE", id, Map.of(), leadParagraph, leadQuote, confidence, "statement-maker");
            roles.add(maker);
        }
        if (ctx.meetingId != null && adopter == null) {
            relation(ctx, id, "MADE_AT", ctx.meetingId, Map.of(), paragraph, quote, confidence, "statement-at-meeting");
        }
        String addressee = leadAddressee != null ? leadAddressee : addressee(ctx, sentence).or(() -> we(ctx, quote, speech)).orElse(null);
        if (addressee != null) {
            relation(ctx, id, "ADDRESSED_TO", addressee, Map.of(), leadAddressee != null ? leadParagraph : paragraph,
                    leadAddressee != null ? leadQuote : quote, confidence, "statement-addressee");
            roles.add(addressee);
        }
        credits(ctx, type, id, sentence, speech, mentions, roles);
        for (Proposal event : ctx.proposals()) {
            if (event.isEntity() && event.kind().equals("Event") && event.paragraph() == paragraph && quote.contains(event.quote())) {
                relation(ctx, id, "CONCERNS", event.suggestedId(), Map.of(), paragraph, quote, confidence, "statement-concerns");
                int at = text.indexOf(event.quote());
                mentions = mentions.stream().filter(m -> m.start() < at || m.end() > at + event.quote().length()).toList();
            }
        }
        for (Mention m : mentions) {
            if (!roles.contains(m.entityId()) && !NOT_CONCERNED.contains(m.rule()) && !m.entityId().equals(ctx.meetingId)) {
                relation(ctx, id, "CONCERNS", m.entityId(), Map.of(), paragraph, quote, confidence * 0.8, "statement-concerns");
            }
        }
        return new Found(id, type, paragraph, start, end, quote);
    }

    /**
     * "We must", "Let us" in a speech to a body: "we" is the speaker with the audience, so the
     * call is addressed to the whole the document has said the audience is part of ("the UN
     * system has risen to the challenge, including the United Nations Migration Network").
     */
    private static Optional<String> we(ReadingContext ctx, String quote, boolean speech) {
        if (!speech || ctx.meetingBodyId == null || !quote.matches("(?s)^(We|Let us)\\b.*")) {
            return Optional.empty();
        }
        return ctx.proposals().stream().filter(p -> "PART_OF".equals(p.type()) && ctx.meetingBodyId.equals(p.from()))
                .map(Proposal::to).findFirst();
    }

    /** A decision is made by the body whose meeting the paragraph reports, and adopted at that meeting. */
    private static String decision(ReadingContext ctx, String type, String id, int paragraph, String quote, List<Mention> mentions,
                                   Set<String> roles) {
        if (!type.equals("decision")) {
            return null;
        }
        Optional<Proposal> meeting = ctx.proposals().stream()
                .filter(p -> p.isEntity() && p.kind().equals("Meeting") && p.paragraph() == paragraph).findFirst();
        if (meeting.isEmpty()) {
            return null;
        }
        relation(ctx, meeting.get().suggestedId(), "ADOPTED", id, Map.of("date", meeting.get().properties().get("date")),
                paragraph, quote, 0.7, "decision-adopted");
        ctx.proposals().stream().filter(p -> "MEETING_OF".equals(p.type()) && p.from().equals(meeting.get().suggestedId()))
                .findFirst().ifPresent(of -> {
                    relation(ctx, of.to(), "MADE", id, Map.of(), paragraph, quote, 0.7, "decision-adopted");
                    roles.add(of.to());
                });
        mentions.stream().filter(m -> ctx.kindOf(m.entityId()).equals("Organization")).findFirst().ifPresent(m -> roles.add(m.entityId()));
        return meeting.get().suggestedId();
    }

    /** "You responded rapidly", "Your leadership", "The Network stands ready": the statement credits them. */
    private static void credits(ReadingContext ctx, String type, String id, Sentence sentence, boolean speech, List<Mention> mentions,
                                Set<String> roles) {
        if (!List.of("activity", "responsibility", "commendation", "commitment").contains(type)) {
            return;
        }
        String text = ctx.paragraph(sentence.paragraph());
        boolean second = Pattern.compile("\\b(?:[Yy]ou|[Yy]our)\\b").matcher(text).find();
        if (speech && second && ctx.meetingBodyId != null) {
            relation(ctx, id, "CREDITS", ctx.meetingBodyId, Map.of(), sentence.paragraph(), sentence.text(), 0.7, "credits-addressee");
            roles.add(ctx.meetingBodyId);
        }
        if (type.equals("commitment") && !speech) {
            ctx.firstOfKinds(mentions, "Organization").filter(m -> m.start() - sentence.start() < 12).ifPresent(m -> {
                relation(ctx, id, "CREDITS", m.entityId(), Map.of(), sentence.paragraph(), sentence.text(), 0.6, "credits-subject");
                roles.add(m.entityId());
            });
        }
    }

    private static void retract(ReadingContext ctx, Found found) {
        ctx.retract(p -> found.id().equals(p.suggestedId()) || found.id().equals(p.from()) || found.id().equals(p.to()));
    }

    /** A statement's name: its first words, as a curator would start to write it. */
    static String name(String quote) {
        String clean = quote.replaceFirst("^[-–\\s]+", "").replaceAll("[.:;,]+$", "");
        String[] words = clean.split("\\s+");
        String name = words.length <= 14 ? clean : String.join(" ", java.util.Arrays.copyOf(words, 14)) + "…";
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
