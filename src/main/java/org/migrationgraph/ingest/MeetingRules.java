package org.migrationgraph.ingest;

import static org.migrationgraph.ingest.ReadingContext.relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Meetings: the one the document records (from its heading), the ones it reports ("held on 10
 * December 2019", "its next meeting scheduled on 2 April 2020", "met yesterday (14/11)") and the
 * series they belong to; who took part in them is {@link ParticipationRules}'.
 */
final class MeetingRules {

    static final Pattern MEETING_WORD = Pattern.compile(
            "\\b(meeting|briefing|forum|conference|session|summit|dialogue|consultation|retreat|workshop)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING_PREFIX = Pattern.compile(
            "^(summary of|remarks at|remarks to|report of|statement at|statement to|minutes of|record of|address to)\\s+(the\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HELD = Pattern.compile(
            "\\b(?:also\\s+)?(held|scheduled|took place|convened|planned|met)\\s+(?:(?:on|for|in)\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE = Pattern.compile("^[^.;]*?\\bin ((?:the )?[A-Z][\\p{L}\\-]+(?:,? [A-Z][\\p{L}\\-]+){0,6})");
    private static final Map<String, Integer> ORDINALS = ordinals();

    private MeetingRules() {
    }

    static void apply(ReadingContext ctx) {
        documentMeeting(ctx);
        List<Reported> reported = reportedMeetings(ctx);
        ParticipationRules.apply(ctx, reported);
    }

    /** The meeting the document's heading names, e.g. "REMARKS AT THE SECOND ANNUAL MEETING OF ...". */
    private static void documentMeeting(ReadingContext ctx) {
        for (int p = 1; p <= Math.min(4, ctx.paragraphs.size()); p++) {
            String heading = ctx.paragraph(p).replaceAll("^[*#\\s]+|[*#\\s]+$", "");
            // A heading names the meeting; a sentence (ending in a full stop) only talks about one.
            if (!MEETING_WORD.matcher(heading).find() || heading.length() > 160 || heading.endsWith(".")) {
                continue;
            }
            String name = titleCase(HEADING_PREFIX.matcher(heading).replaceFirst(""));
            String date = firstDate(ctx).orElse(ctx.date());
            List<Mention> inHeading = ctx.mentionsIn(p, 0, ctx.paragraph(p).length());
            Optional<Mention> known = inHeading.stream().filter(m -> ctx.kindOf(m.entityId()).equals("Meeting")).findFirst();
            ctx.meetingId = known.map(Mention::entityId).orElseGet(() -> ReadingContext.suggestId("meeting", date, name));
            ctx.meetingBodyId = ctx.firstOfKinds(inHeading, "Organization", "Initiative").map(Mention::entityId).orElse(null);
            ctx.meetingName = name;
            ctx.meetingDate = date;
            if (known.isEmpty()) {
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("date", date);
                props.put("status", "held");
                ordinal(name).ifPresent(n -> props.put("sequence", (long) n));
                ctx.propose(Proposal.entity(ctx.document.id(), "Meeting", ctx.meetingId, name, props, p, heading, 0.9, "meeting-heading"));
                if (ctx.meetingBodyId != null) {
                    relation(ctx, ctx.meetingId, "MEETING_OF", ctx.meetingBodyId, Map.of(), p, heading, 0.85, "meeting-heading");
                }
                int paragraph = p;
                ordinal(name).ifPresent(n -> neighbours(ctx, ctx.meetingId, name, n, paragraph, heading));
            }
            relation(ctx, ctx.document.id(), "RECORDS", ctx.meetingId, Map.of(), p, heading, 0.9, "meeting-heading");
            if (ctx.speakerId != null) {
                relation(ctx, ctx.speakerId, "DELIVERED_REMARKS_AT", ctx.meetingId, Map.of("date", date), p, heading, 0.85, "speaker");
            }
            return;
        }
    }

    private static Optional<String> firstDate(ReadingContext ctx) {
        for (int p = 1; p <= Math.min(5, ctx.paragraphs.size()); p++) {
            List<DateExpressions.Found> dates = DateExpressions.find(ctx.paragraph(p), ctx.date());
            if (!dates.isEmpty() && dates.get(0).iso().length() == 10) {
                return Optional.of(dates.get(0).iso());
            }
        }
        return Optional.empty();
    }

    /** A meeting the text reports, with the body it is a meeting of. */
    record Reported(String id, String body, int paragraph, int sequence) {
    }

    private static List<Reported> reportedMeetings(ReadingContext ctx) {
        List<Reported> reported = new ArrayList<>();
        for (Sentence sentence : ctx.sentences) {
            Matcher held = HELD.matcher(sentence.text());
            if (!held.find()) {
                continue;
            }
            List<DateExpressions.Found> dates = DateExpressions.find(sentence.text().substring(held.end()), ctx.date());
            if (dates.isEmpty() || dates.get(0).start() != 0) {
                continue;
            }
            // "met yesterday (14/11)": the explicit day in brackets is the better reading of the two.
            String date = dates.size() > 1 && dates.get(1).start() - dates.get(0).end() <= 3 && dates.get(1).iso().length() == 10
                    ? dates.get(1).iso() : dates.get(0).iso();
            boolean planned = !held.group(1).equalsIgnoreCase("held") && !held.group(1).equalsIgnoreCase("took place")
                    && !held.group(1).equalsIgnoreCase("convened");
            int phraseEnd = sentence.start() + held.start();
            String text = ctx.paragraph(sentence.paragraph());
            int phraseStart = phraseStart(text, sentence.start(), phraseEnd);
            String phrase = text.substring(phraseStart, phraseEnd);
            String place = place(sentence.text().substring(held.end()));
            if (held.group(1).equalsIgnoreCase("met")) {
                bodyMet(ctx, sentence, phraseStart, phraseEnd, date, place).ifPresent(reported::add);
                continue;
            }
            Matcher word = MEETING_WORD.matcher(phrase);
            if (!word.find()) {
                continue;
            }
            meeting(ctx, reported, sentence, phraseStart, phraseEnd, phrase, date, planned, place).ifPresent(reported::add);
        }
        return reported;
    }

    /** Where the meeting's noun phrase starts: after the clause that holds it ("which saw ...; its next meeting"). */
    private static int phraseStart(String text, int sentenceStart, int phraseEnd) {
        int start = sentenceStart;
        String before = text.substring(sentenceStart, phraseEnd);
        Matcher its = Pattern.compile("\\b(its|their) next\\b").matcher(before);
        if (its.find()) {
            return sentenceStart + its.start();
        }
        if (before.startsWith("- ")) {
            start += 2;
        }
        return start;
    }

    private static Optional<Reported> meeting(ReadingContext ctx, List<Reported> earlier, Sentence sentence, int start, int end,
                                              String phrase, String date, boolean planned, String place) {
        String text = ctx.paragraph(sentence.paragraph());
        String name = phrase.replaceAll("\\s*\\([^)]*\\)", "");
        int comma = name.indexOf(',');
        if (comma > 0) {
            name = name.substring(0, comma);
        }
        name = name.strip().replaceFirst("^(The|A|An|the|a|an)\\s+", "").replaceFirst("\\s+(also|was|were|is|are|will be|had been|has been)$", "")
                .replaceFirst("\\s+also$", "").strip();
        String body = null;
        int sequence = ordinal(name).orElse(0);
        Matcher its = Pattern.compile("^(its|their) next meeting").matcher(name);
        if (its.find()) {
            Optional<Reported> previous = earlier.stream().filter(r -> r.paragraph() == sentence.paragraph()).reduce((a, b) -> b);
            if (previous.isEmpty() || previous.get().body() == null) {
                return Optional.empty();
            }
            body = previous.get().body();
            name = "Next meeting of the " + ctx.index.entity(body).name();
            sequence = previous.get().sequence() + 1;
        } else {
            body = bodyOf(ctx, sentence.paragraph(), start, start + phrase.indexOf(name) + name.length(), name);
        }
        name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        if (isDocumentMeeting(ctx, name, date)) {
            return Optional.of(new Reported(ctx.meetingId, ctx.meetingBodyId, sentence.paragraph(), sequence));
        }
        String id = ReadingContext.suggestId("meeting", date, name);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("date", date);
        props.put("status", planned ? "planned" : "held");
        if (sequence > 0) {
            props.put("sequence", (long) sequence);
        }
        if (planned) {
            props.put("scheduledAsOf", ctx.date());
        }
        if (place != null) {
            props.put("place", place);
        }
        String quote = text.substring(start, sentenceEnd(text, sentence, end));
        ctx.propose(Proposal.entity(ctx.document.id(), "Meeting", id, name, props, sentence.paragraph(), quote, 0.85, "meeting-held-on"));
        if (body != null) {
            relation(ctx, id, "MEETING_OF", body, Map.of(), sentence.paragraph(), quote, 0.8, "meeting-held-on");
        }
        Optional<Reported> previous = earlier.stream()
                .filter(r -> r.paragraph() == sentence.paragraph() && r.body() != null).reduce((a, b) -> b);
        String finalBody = body;
        if (previous.isPresent() && previous.get().body().equals(finalBody) && planned) {
            relation(ctx, previous.get().id(), "FOLLOWED_BY", id, Map.of(), sentence.paragraph(), quote, 0.8, "next-meeting");
        }
        if (sequence > 0) {
            neighbours(ctx, id, name, sequence, sentence.paragraph(), quote);
        }
        return Optional.of(new Reported(id, body, sentence.paragraph(), sequence));
    }

    /** "The Third Annual Meeting of the Network was held on ..." in a summary of that meeting is the meeting it records. */
    private static boolean isDocumentMeeting(ReadingContext ctx, String name, String date) {
        return ctx.meetingId != null && date.equals(ctx.meetingDate) && ordinal(name).equals(ordinal(ctx.meetingName))
                && seriesKey(name).equals(seriesKey(ctx.meetingName));
    }

    /** "in Geneva" after the date, if the sentence says where. */
    private static String place(String afterVerb) {
        Matcher m = PLACE.matcher(afterVerb.replaceFirst("^\\([^)]*\\)", ""));
        return m.find() ? m.group(1).replaceFirst("^the ", "") : null;
    }

    /** "The Steering Committee met yesterday (14/11) in Geneva": a meeting of the body named before "met". */
    private static Optional<Reported> bodyMet(ReadingContext ctx, Sentence sentence, int start, int end, String date, String place) {
        List<Mention> subject = ctx.mentionsIn(sentence.paragraph(), start, end);
        if (subject.size() != 1 || !List.of("Organization", "Group").contains(ctx.kindOf(subject.get(0).entityId()))) {
            return Optional.empty();
        }
        String body = subject.get(0).entityId();
        String name = "Meeting of the " + ctx.index.entity(body).name().replaceFirst("^(The|the) ", "");
        String id = ReadingContext.suggestId("meeting", date, name);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("date", date);
        props.put("status", "held");
        if (place != null) {
            props.put("place", place);
        }
        String quote = ctx.paragraph(sentence.paragraph()).substring(sentence.start(), sentence.end());
        ctx.propose(Proposal.entity(ctx.document.id(), "Meeting", id, name, props, sentence.paragraph(), quote, 0.8, "body-met"));
        relation(ctx, id, "MEETING_OF", body, Map.of(), sentence.paragraph(), quote, 0.8, "body-met");
        return Optional.of(new Reported(id, body, sentence.paragraph(), 0));
    }

    /** A quote ends at the first ";" or the sentence's end after the date, so it stays one statement. */
    private static int sentenceEnd(String text, Sentence sentence, int from) {
        int semicolon = text.indexOf(';', from);
        int end = semicolon >= 0 && semicolon < sentence.end() ? semicolon : sentence.end();
        String quote = text.substring(from, end);
        int stop = quote.indexOf(". ");
        return stop >= 0 ? from + stop + 1 : end;
    }

    /** "meeting of the Steering Committee of the Migration MPTF": the known body that the rest of the name is. */
    private static String bodyOf(ReadingContext ctx, int paragraph, int start, int end, String name) {
        Matcher of = Pattern.compile("\\b(?:meeting|session|briefing)\\s+of\\s+", Pattern.CASE_INSENSITIVE).matcher(name);
        if (!of.find()) {
            return null;
        }
        String text = ctx.paragraph(paragraph);
        int restStart = text.indexOf(name, start) + of.end();
        List<Mention> rest = ctx.mentionsIn(paragraph, restStart, end + 1);
        if (rest.size() != 1) {
            return null;
        }
        Mention body = rest.get(0);
        String before = text.substring(restStart, body.start()).strip();
        boolean wholeRest = (before.isEmpty() || before.equalsIgnoreCase("the")) && text.substring(body.end(), end).isBlank();
        String kind = ctx.kindOf(body.entityId());
        return wholeRest && (kind.equals("Organization") || kind.equals("Initiative")) ? body.entityId() : null;
    }

    /** The meeting before and after this one in its series, when the graph holds them ("first Annual Meeting"). */
    private static void neighbours(ReadingContext ctx, String id, String name, int sequence, int paragraph, String quote) {
        List<String> series = seriesKey(name);
        if (series.isEmpty()) {
            return;
        }
        for (KnownName known : ctx.index.entities()) {
            if (!known.kind().equals("Meeting") || known.id().equals(id)) {
                continue;
            }
            for (String other : known.names()) {
                Optional<Integer> n = ordinal(other);
                if (n.isPresent() && seriesKey(other).equals(series)) {
                    if (n.get() == sequence - 1) {
                        relation(ctx, known.id(), "FOLLOWED_BY", id, Map.of(), paragraph, quote, 0.7, "meeting-series");
                    } else if (n.get() == sequence + 1) {
                        relation(ctx, id, "FOLLOWED_BY", known.id(), Map.of(), paragraph, quote, 0.7, "meeting-series");
                    }
                    break;
                }
            }
        }
    }

    /** The words naming a series: "annual meeting" in "Second Annual Meeting of the Network". */
    private static List<String> seriesKey(String name) {
        List<String> terms = TextAnalysis.terms(name);
        for (int i = 0; i < terms.size(); i++) {
            if (MEETING_WORD.matcher(terms.get(i)).matches()) {
                return i > 0 && !ORDINALS.containsKey(terms.get(i - 1)) ? terms.subList(i - 1, i + 1) : terms.subList(i, i + 1);
            }
        }
        return List.of();
    }

    static Optional<Integer> ordinal(String name) {
        for (String term : TextAnalysis.terms(name)) {
            if (ORDINALS.containsKey(term)) {
                return Optional.of(ORDINALS.get(term));
            }
        }
        return Optional.empty();
    }

    static String titleCase(String text) {
        if (!text.equals(text.toUpperCase(Locale.ROOT))) {
            return text;
        }
        List<String> small = List.of("of", "the", "on", "to", "for", "and", "at", "in", "a", "an");
        StringBuilder out = new StringBuilder();
        for (String word : text.toLowerCase(Locale.ROOT).split(" ")) {
            boolean first = out.isEmpty();
            if (!first) {
                out.append(' ');
            }
            out.append(!first && small.contains(word) ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    private static Map<String, Integer> ordinals() {
        Map<String, Integer> map = new java.util.HashMap<>();
        String[] words = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};
        for (int i = 0; i < words.length; i++) {
            map.put(words[i], i + 1);
        }
        map.put("inaugural", 1);
        return map;
    }
}
