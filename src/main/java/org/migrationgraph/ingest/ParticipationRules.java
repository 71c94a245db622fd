package org.migrationgraph.ingest;

import static org.migrationgraph.ingest.ReadingContext.relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who took part in the meetings a text reports: who attended and how many ("attended by 60
 * Member States"), who took the floor, who organized them, who reported on them and who briefed.
 */
final class ParticipationRules {

    private static final Pattern LIST_LEAD = Pattern.compile("(attended by|encompassing|with the participation of)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("twelve", 12), Map.entry("twenty", 20));

    private ParticipationRules() {
    }

    static void apply(ReadingContext ctx, List<MeetingRules.Reported> reported) {
        attendance(ctx, reported);
        tookTheFloor(ctx);
        organizedAndReported(ctx, reported);
    }


    /** "attended by 60 Member States, 22 UN Network representatives and 19 colleagues from civil society". */
    static void attendance(ReadingContext ctx, List<MeetingRules.Reported> reported) {
        for (Sentence sentence : ctx.sentences) {
            Matcher lead = LIST_LEAD.matcher(sentence.text());
            if (!lead.find()) {
                continue;
            }
            String meeting = reported.stream().filter(r -> r.paragraph() == sentence.paragraph()).map(MeetingRules.Reported::id)
                    .findFirst().orElse(ctx.meetingId);
            if (meeting == null) {
                continue;
            }
            String text = ctx.paragraph(sentence.paragraph());
            int listStart = sentence.start() + lead.end();
            int listEnd = listEnd(text, listStart, sentence.end());
            for (Mention m : ctx.mentionsIn(sentence.paragraph(), listStart, listEnd)) {
                String kind = ctx.kindOf(m.entityId());
                if (!List.of("Organization", "Group", "MemberState", "ObserverState", "Person").contains(kind)) {
                    continue;
                }
                Map<String, Object> props = new LinkedHashMap<>();
                // The number stands before the name ("60 Member States") or opens it ("the five UN Regional Commissions").
                count(text.substring(Math.max(listStart, m.start() - 24), m.start()))
                        .or(() -> count(m.surface().split("\\s+")[0] + " "))
                        .ifPresent(n -> props.put("count", n));
                String quote = text.substring(Math.max(listStart, lastBreak(text, listStart, m.start())), wordEnd(text, m.end(), listEnd));
                relation(ctx, m.entityId(), "ATTENDED", meeting, props, sentence.paragraph(), quote, 0.85, "attended-by");
            }
        }
    }


    private static int listEnd(String text, int from, int sentenceEnd) {
        Matcher stop = Pattern.compile(",\\s+(also|which|who|held)\\b").matcher(text.substring(from, sentenceEnd));
        return stop.find() ? from + stop.start() : sentenceEnd;
    }


    private static int lastBreak(String text, int from, int to) {
        String part = text.substring(from, to);
        int comma = Math.max(part.lastIndexOf(", "), part.lastIndexOf(" and "));
        return comma < 0 ? from : from + comma + (part.startsWith(" and ", comma) ? 5 : 2);
    }


    /** The end of the noun phrase a mention heads ("UN Network" + " representatives"). */
    private static int wordEnd(String text, int from, int limit) {
        Matcher m = Pattern.compile("^(\\s+[a-z][\\p{L}\\-]*){0,6}").matcher(text.substring(from, limit));
        String tail = m.find() ? m.group() : "";
        int cut = tail.indexOf(" and ");
        return from + (cut >= 0 ? cut : tail.length());
    }


    /** The number right before a mention: "60 Member States", "the five UN Regional Commissions". */
    static Optional<Long> count(String before) {
        Matcher m = Pattern.compile("(\\d+|\\b[a-z]+)\\s+$").matcher(before);
        if (!m.find()) {
            m = Pattern.compile("(\\d+|\\b[a-z]+)\\s+[A-Za-z\\-]+\\s+$").matcher(before);
            if (!m.find()) {
                return Optional.empty();
            }
        }
        String word = m.group(1);
        if (word.chars().allMatch(Character::isDigit)) {
            return Optional.of(Long.parseLong(word));
        }
        return Optional.ofNullable(NUMBER_WORDS.get(word)).map(Integer::longValue);
    }


    /** "Delegates representing the following countries/offices took the floor: Ecuador, Germany, ...". */
    static void tookTheFloor(ReadingContext ctx) {
        if (ctx.meetingId == null) {
            return;
        }
        for (Sentence sentence : ctx.sentences) {
            int at = sentence.text().indexOf("took the floor");
            if (at < 0) {
                continue;
            }
            int colon = sentence.text().indexOf(':', at);
            int from = colon >= 0 ? sentence.start() + colon : sentence.start();
            int to = colon >= 0 ? sentence.end() : sentence.start() + at;
            for (Mention m : ctx.mentionsIn(sentence.paragraph(), from, to)) {
                if (List.of("MemberState", "ObserverState", "Person", "Organization").contains(ctx.kindOf(m.entityId()))) {
                    relation(ctx, m.entityId(), "TOOK_THE_FLOOR_AT", ctx.meetingId, Map.of(), sentence.paragraph(),
                            sentence.text(), 0.9, "took-the-floor");
                }
            }
        }
    }


    /**
     * A lead-in that reports on deliberations "organized by" a body, followed by list items that
     * are the meetings: the body organized each, the subject reported on each.
     */
    static void organizedAndReported(ReadingContext ctx, List<MeetingRules.Reported> reported) {
        for (Sentence sentence : ctx.sentences) {
            if (!sentence.text().endsWith(":")) {
                continue;
            }
            List<MeetingRules.Reported> listed = new ArrayList<>();
            for (int p = sentence.paragraph() + 1; p <= ctx.paragraphs.size() && ctx.paragraph(p).startsWith("- "); p++) {
                int item = p;
                reported.stream().filter(r -> r.paragraph() == item).findFirst().ifPresent(listed::add);
            }
            if (listed.isEmpty()) {
                continue;
            }
            List<Mention> mentions = ctx.mentionsIn(sentence);
            Matcher organized = Pattern.compile("organi[sz]ed by ").matcher(sentence.text());
            if (organized.find()) {
                int at = sentence.start() + organized.end();
                mentions.stream().filter(m -> m.start() >= at).findFirst().ifPresent(body -> listed.forEach(r ->
                        relation(ctx, body.entityId(), "ORGANIZED", r.id(), Map.of(), sentence.paragraph(), sentence.text(), 0.8, "organized-by")));
            }
            if (sentence.text().contains("report on")) {
                mentions.stream().filter(m -> ctx.kindOf(m.entityId()).equals("Person")).findFirst().ifPresent(person ->
                        listed.forEach(r -> relation(ctx, person.entityId(), "REPORTED_ON", r.id(),
                                ctx.meetingId == null ? Map.of() : Map.of("at", ctx.meetingId), sentence.paragraph(), sentence.text(), 0.8, "reported-on")));
            }
        }
        for (Sentence sentence : ctx.sentences) {
            if (ctx.meetingId != null && Pattern.compile("\\bbriefed\\b").matcher(sentence.text()).find()) {
                ctx.firstOfKinds(ctx.mentionsIn(sentence), "Person").ifPresent(person -> relation(ctx, person.entityId(),
                        "DELIVERED_REMARKS_AT", ctx.meetingId, Map.of(), sentence.paragraph(), sentence.text(), 0.8, "briefed"));
            }
        }
    }
}
