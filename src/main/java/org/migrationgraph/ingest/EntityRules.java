package org.migrationgraph.ingest;

import static org.migrationgraph.ingest.ReadingContext.relation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * New entities the text introduces: a long name it defines with a short one in brackets, an
 * office ("the High Commissioner for Human Rights"), a run of capitalised words the graph has no
 * name for, and incidents ("the deaths of up to 25 migrants ... off the coast of Venezuela").
 */
final class EntityRules {

    private static final Pattern OFFICE = Pattern.compile(
            "\\b(?:the )?((?:Deputy |Assistant |Under-|High |Special |Executive ){0,4}(?:Secretary-General|Commissioner|Rapporteur|Representative"
                    + "|Envoy|Director[- ]General|Coordinator|President|Chair|Administrator)(?: (?:for|on|of) (?:the )?[A-Z][\\p{L}\\-]*(?: (?:and|of|on|for|the|[A-Z][\\p{L}\\-]*|human|rights|migrants)){0,8})?)");
    private static final Pattern DEATHS = Pattern.compile(
            "\\b(?:the )?(?:tragic )?deaths of (up to |at least |some )?(\\d+) ([a-z ]+?) (off the coast of|in|near) ");

    private EntityRules() {
    }

    static void apply(ReadingContext ctx, List<MentionFinder.Definition> definitions) {
        for (MentionFinder.Definition d : definitions) {
            ctx.propose(Proposal.entity(ctx.document.id(), kindOf(d.name()), ReadingContext.suggestId(prefix(kindOf(d.name())), null, d.shortName()),
                    d.name(), Map.of("aliases", List.of(d.shortName())), d.paragraph(), d.quote(), 0.8, "bracketed-definition"));
        }
        for (Sentence s : ctx.sentences) {
            offices(ctx, s);
            capitalised(ctx, s);
            deaths(ctx, s);
        }
    }

    private static void offices(ReadingContext ctx, Sentence s) {
        Matcher m = OFFICE.matcher(s.text());
        while (m.find()) {
            int start = s.start() + m.start(1);
            int end = s.start() + m.end(1);
            if (covered(ctx, s.paragraph(), start, end) || !m.group(1).contains(" ")) {
                continue;
            }
            String name = m.group(1);
            ctx.propose(Proposal.entity(ctx.document.id(), "Person", ReadingContext.suggestId("person", null, name), name,
                    Map.of(), s.paragraph(), name, 0.6, "office"));
        }
    }

    private static void capitalised(ReadingContext ctx, Sentence s) {
        for (CapitalisedRuns.Run run : CapitalisedRuns.in(s.text())) {
            String name = run.text().replaceFirst("^(The|A|An)\\s+", "");
            int start = s.start() + run.start();
            if (!name.contains(" ") || covered(ctx, s.paragraph(), start, s.start() + run.end()) || name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
                continue;
            }
            String kind = kindOf(name);
            boolean proposedAlready = ctx.proposals().stream().anyMatch(p -> p.isEntity() && p.name().contains(name));
            if (kind.equals("Meeting") || proposedAlready) {
                continue;
            }
            ctx.propose(Proposal.entity(ctx.document.id(), kind, ReadingContext.suggestId(prefix(kind), null, name), name,
                    Map.of(), s.paragraph(), name, 0.3, "capitalised-name"));
        }
    }

    /** An incident with a toll, where it happened and whom it concerns. */
    private static void deaths(ReadingContext ctx, Sentence s) {
        Matcher m = DEATHS.matcher(s.text());
        if (!m.find()) {
            return;
        }
        int placeAt = s.start() + m.end();
        List<Mention> places = ctx.mentionsIn(s).stream().filter(x -> x.start() == placeAt).toList();
        if (places.isEmpty()) {
            return;
        }
        Mention place = places.get(0);
        String text = ctx.paragraph(s.paragraph());
        String quote = text.substring(s.start() + m.start(), place.end());
        String name = "Deaths of " + (m.group(1) == null ? "" : m.group(1)) + m.group(2) + " " + m.group(3) + " " + m.group(4) + " "
                + place.surface();
        String date = s.text().matches("(?s).*\\b(This|this) week\\b.*") && ctx.date() != null ? ctx.date().substring(0, 7) : ctx.date();
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("date", date);
        props.put(m.group(1) != null && m.group(1).startsWith("up to") ? "deathsUpTo" : "deaths", Long.parseLong(m.group(2)));
        String id = ReadingContext.suggestId("event", date, name);
        ctx.propose(Proposal.entity(ctx.document.id(), "Event", id, name, props, s.paragraph(), quote, 0.75, "incident"));
        relation(ctx, id, "OCCURRED_IN", place.entityId(), m.group(4).startsWith("off") ? Map.of("where", "off the coast") : Map.of(),
                s.paragraph(), quote, 0.75, "incident");
        int victims = s.start() + m.start(3);
        ctx.mentionsIn(s.paragraph(), victims, victims + m.group(3).length()).forEach(v ->
                relation(ctx, id, "CONCERNS", v.entityId(), Map.of(), s.paragraph(), quote, 0.7, "incident"));
    }

    /** Words that name something the graph knows, resolved or left with its options, are no new entity. */
    private static boolean covered(ReadingContext ctx, int paragraph, int start, int end) {
        return ctx.mentions.stream().anyMatch(m -> m.paragraph() == paragraph && m.start() < end && m.end() > start
                && (m.resolved() || !m.candidates().isEmpty()));
    }

    static String kindOf(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.matches(".*\\b(fund|programme|program|initiative|plan|plans|process|mechanism|framework|frameworks|coalitions?)\\b.*")) {
            return "Initiative";
        }
        if (lower.matches(".*\\b(compact|agenda|agreement|protocol|convention|treaty|declaration)\\b.*")) {
            return "Framework";
        }
        // "Forum" and "Dialogue" also name standing processes (the GFMD); these words name one sitting.
        if (lower.matches(".*\\b(meeting|briefing|session|conference|summit|workshop|retreat)\\b.*")) {
            return "Meeting";
        }
        return "Organization";
    }

    static String prefix(String kind) {
        return switch (kind) {
            case "Initiative" -> "initiative";
            case "Framework" -> "framework";
            case "Meeting" -> "meeting";
            case "Person" -> "person";
            case "Event" -> "event";
            case "Topic" -> "topic";
            default -> "org";
        };
    }
}
