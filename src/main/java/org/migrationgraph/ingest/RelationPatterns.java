package org.migrationgraph.ingest;

import static org.migrationgraph.ingest.ReadingContext.relation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relations between entities the graph knows, from the phrases the relation types describe:
 * "under the coordination of", "aligned with", "chaired by", "engage with", "including", "to
 * support", "key tools for", "IOM Director General António Vitorino".
 */
final class RelationPatterns {

    private static final Pattern COORDINATION = Pattern.compile("\\bunder the (?:\\w+ )?coordination of\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALIGNED = Pattern.compile("\\b(?:be |is |are )?aligned with\\b");
    private static final Pattern CHAIRED = Pattern.compile("\\bchaired by\\b");
    private static final Pattern ENGAGE = Pattern.compile("\\b(?:started to |begun to )?engag(?:e|ed|es|ing) with\\b");
    private static final Pattern INCLUDING = Pattern.compile(",\\s+including\\s+(?:the\\s+)?");
    private static final Pattern SUPPORT = Pattern.compile("\\bto support (?:the )?");
    private static final Pattern TOOLS = Pattern.compile("\\bare (?:key |important )?(?:tools|vehicles) for\\b");
    private static final List<String> BODIES = List.of("Organization", "Initiative");

    private RelationPatterns() {
    }

    static void apply(ReadingContext ctx) {
        for (Sentence s : ctx.sentences) {
            List<Mention> mentions = ctx.mentionsIn(s).stream().filter(m -> !m.rule().equals("speaker")).toList();
            coordination(ctx, s, mentions);
            aligned(ctx, s, mentions);
            chaired(ctx, s, mentions);
            engages(ctx, s, mentions);
            including(ctx, s, mentions);
            supports(ctx, s, mentions);
            positions(ctx, s, mentions);
            challenges(ctx, s, mentions);
            asPartOf(ctx, s, mentions);
        }
        for (Mention m : ctx.mentions) {
            namedAsPart(ctx, m);
        }
    }

    /** "human trafficking in the Sahel": the region faces the challenge. */
    private static void challenges(ReadingContext ctx, Sentence s, List<Mention> mentions) {
        String text = ctx.paragraph(s.paragraph());
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention topic = mentions.get(i);
            Mention region = mentions.get(i + 1);
            if (ctx.kindOf(topic.entityId()).equals("Topic") && ctx.kindOf(region.entityId()).equals("Region")
                    && text.substring(topic.end(), region.start()).matches("\\s+in\\s+(the\\s+)?")) {
                relation(ctx, region.entityId(), "FACES_CHALLENGE", topic.entityId(), Map.of(), s.paragraph(),
                        text.substring(topic.start(), region.end()), 0.7, "challenge-in-region");
            }
        }
    }

    /** "The Issue-Based Coalitions that are emerging as part of the UN development system reforms". */
    private static void asPartOf(ReadingContext ctx, Sentence s, List<Mention> mentions) {
        Matcher m = Pattern.compile("\\bas (?:a )?part of (?:the )?").matcher(s.text());
        if (!m.find()) {
            return;
        }
        int after = at(s, m, true);
        Optional<Mention> whole = mentions.stream().filter(x -> x.start() == after).findFirst();
        Optional<Mention> part = mentions.stream().filter(x -> x.end() <= at(s, m, false)).reduce((a, b) -> b);
        if (whole.isPresent() && part.isPresent() && BODIES.contains(ctx.kindOf(part.get().entityId()))) {
            relation(ctx, part.get().entityId(), "PART_OF", whole.get().entityId(), Map.of(), s.paragraph(), s.text(), 0.65, "as-part-of");
        }
    }

    /**
     * What a name says about its own entity: "the Steering Committee of the Migration MPTF" is
     * part of the Fund, "the Network’s Executive Committee" part of the Network, "the first Global
     * Migration Review Forum" a meeting of the Forum, "Network members" members of the Network.
     */
    private static void namedAsPart(ReadingContext ctx, Mention m) {
        if (!m.resolved()) {
            return;
        }
        String kind = ctx.kindOf(m.entityId());
        String surface = m.surface();
        Matcher possessive = Pattern.compile("^(?:the\\s+)?(.+?)[’']s\\s+\\S").matcher(surface);
        Matcher of = Pattern.compile("\\s(?:of|for)\\s+(?:the\\s+)?").matcher(surface);
        if (BODIES.contains(kind) && possessive.find()) {
            whole(ctx, possessive.group(1), m).ifPresent(w -> relation(ctx, m.entityId(), "PART_OF", w, Map.of(), m.paragraph(), surface, 0.7, "named-as-part"));
        } else if (BODIES.contains(kind) && of.find()) {
            whole(ctx, surface.substring(of.end()), m).ifPresent(w -> relation(ctx, m.entityId(), "PART_OF", w, Map.of(), m.paragraph(), surface, 0.7, "named-as-part"));
        } else if (kind.equals("Meeting")) {
            List<Token> tokens = TextAnalysis.tokens(surface);
            for (int i = 1; i < tokens.size(); i++) {
                int from = i;
                Optional<NameIndex.Match> series = ctx.index.longestAt(tokens, from).filter(x -> from + x.length() == tokens.size() && x.ids().size() == 1);
                if (series.isPresent() && BODIES.contains(ctx.kindOf(series.get().ids().iterator().next()))) {
                    relation(ctx, m.entityId(), "MEETING_OF", series.get().ids().iterator().next(), Map.of(), m.paragraph(), surface, 0.7, "named-as-part");
                    return;
                }
            }
        } else if (kind.equals("Group")) {
            List<Token> tokens = TextAnalysis.tokens(surface);
            ctx.index.longestAt(tokens.subList(0, tokens.size() - 1), 0).filter(x -> x.length() == tokens.size() - 1 && x.ids().size() == 1)
                    .map(x -> x.ids().iterator().next()).filter(o -> ctx.kindOf(o).equals("Organization"))
                    .ifPresent(o -> relation(ctx, m.entityId(), "MEMBER_OF", o, Map.of(), m.paragraph(), surface, 0.65, "named-as-part"));
        }
    }

    /** The known body a piece of a name is, whole. */
    private static Optional<String> whole(ReadingContext ctx, String text, Mention m) {
        List<Token> tokens = TextAnalysis.tokens(text);
        return ctx.index.longestAt(tokens, 0).filter(x -> x.length() == tokens.size() && x.ids().size() == 1)
                .map(x -> x.ids().iterator().next()).filter(w -> BODIES.contains(ctx.kindOf(w)) && !w.equals(m.entityId()));
    }

    private static int at(Sentence s, Matcher m, boolean end) {
        return s.start() + (end ? m.end() : m.start());
    }

    /** "Under the able coordination of IOM and the Migration Network, ... across the United Nations system." */
    private static void coordination(ReadingContext ctx, Sentence s, List<Mention> mentions) {
        Matcher m = COORDINATION.matcher(s.text());
        if (!m.find()) {
            return;
        }
        int from = at(s, m, true);
        int comma = s.text().indexOf(',', m.end());
        int to = comma < 0 ? s.end() : s.start() + comma;
        List<Mention> coordinators = mentions.stream().filter(x -> x.start() >= from && x.end() <= to).toList();
        Optional<Mention> object = mentions.stream().filter(x -> x.start() >= to && BODIES.contains(ctx.kindOf(x.entityId())))
                .reduce((a, b) -> b);
        object.ifPresent(o -> coordinators.forEach(c ->
                relation(ctx, c.entityId(), "COORDINATES", o.entityId(), Map.of(), s.paragraph(), s.text(), 0.75, "coordination-of")));
    }

    /** "Recovery strategies must be aligned with ... the 2030 Agenda and the Paris Agreement." */
    private static void aligned(ReadingContext ctx, Sentence s, List<Mention> mentions) {
        Matcher m = ALIGNED.matcher(s.text());
        if (!m.find()) {
            return;
        }
        int verb = at(s, m, false);
        // The subject is in the verb's own clause: after the last comma before it.
        int clause = s.start() + s.text().substring(0, m.start()).lastIndexOf(',') + 1;
        Optional<Mention> subject = mentions.stream().filter(x -> x.end() <= verb && x.start() >= clause).findFirst();
        Map<String, Object> props = s.text().substring(0, m.start()).contains("must") ? Map.of("modality", "must") : Map.of();
        subject.ifPresent(subj -> mentions.stream().filter(x -> x.start() >= verb && ctx.kindOf(x.entityId()).equals("Framework"))
                .forEach(f -> relation(ctx, subj.entityId(), "ALIGNED_WITH", f.entityId(), props, s.paragraph(), s.text(), 0.8, "aligned-with")));
    }

    /** "The meeting, chaired by Germany, ...": the chair of the meeting that paragraph reports, or of the document's. */
    private static void chaired(ReadingContext ctx, Sentence s, List<Mention> mentions) {
        Matcher m = CHAIRED.matcher(s.text());
        if (!m.find()) {
            return;
        }
        String meeting = ctx.proposals().stream().filter(p -> p.isEntity() && "Meeting".equals(p.kind()) && p.paragraph() == s.paragraph())
                .map(Proposal::suggestedId).findFirst().orElse(ctx.meetingId);
        int after = at(s, m, true);
        mentions.stream().filter(x -> x.start() >= after && x.start() <= after + 6).findFirst().filter(x -> meeting != null).ifPresent(chair ->
                relation(ctx, chair.entityId(), "CHAIRS", meeting, Map.of(), s.paragraph(), s.text(), 0.75, "chaired-by"));
    }

    /** "Governments have started to engage with the Compact as a tool ...". */
    private static void engages(ReadingContext ctx, Sentence s, List<Mention> mentions) {
        Matcher m = ENGAGE.matcher(s.text());
        if (!m.find()) {
            return;
        }
        int verb = at(s, m, false);
        int after = at(s, m, true);
        Optional<Mention> subject = mentions.stream().filter(x -> x.end() <= verb).reduce((a, b) -> b);
        Optional<Mention> object = mentions.stream().filter(x -> x.start() >= after && x.start() <= after + 6).findFirst();
        if (subject.isPresent() && object.isPresent()) {
            Map<String, Object> props = ctx.date() == null ? Map.of() : Map.of("asOf", ctx.date());
            relation(ctx, subject.get().entityId(), "ENGAGES_WITH", object.get().entityId(), props, s.paragraph(), s.text(), 0.7, "engages-with");
        }
    }

    /** "the UN system has risen to the challenge, including the United Nations Migration Network": a part of the whole. */
    private static void including(ReadingContext ctx, Sentence s, List<Mention> mentions) {
        Matcher m = INCLUDING.matcher(s.text());
        if (!m.find()) {
            return;
        }
        int after = at(s, m, true);
        Optional<Mention> part = mentions.stream().filter(x -> x.start() == after).findFirst();
        Optional<Mention> whole = mentions.stream().filter(x -> x.end() <= at(s, m, false) && ctx.kindOf(x.entityId()).equals("Organization"))
                .reduce((a, b) -> b);
        if (part.isPresent() && whole.isPresent() && ctx.kindOf(part.get().entityId()).equals("Organization")) {
            relation(ctx, part.get().entityId(), "PART_OF", whole.get().entityId(), Map.of(), s.paragraph(), s.text(), 0.6, "including");
        }
    }

    /**
     * "your core responsibilities to support the Global Compact" (the body addressed supports it),
     * "This has already shown its ability ... to support the SDGs" (what the previous sentence
     * named), "X and Y are key tools for recovery".
     */
    private static void supports(ReadingContext ctx, Sentence s, List<Mention> mentions) {
        Matcher tools = TOOLS.matcher(s.text());
        if (tools.find()) {
            int verb = at(s, tools, false);
            int after = at(s, tools, true);
            Optional<Mention> object = mentions.stream().filter(x -> x.start() >= after).findFirst();
            object.ifPresent(o -> mentions.stream().filter(x -> x.end() <= verb && BODIES.contains(ctx.kindOf(x.entityId())))
                    .forEach(subj -> relation(ctx, subj.entityId(), "SUPPORTS", o.entityId(), Map.of(), s.paragraph(), s.text(), 0.7, "tools-for")));
        }
        Matcher support = SUPPORT.matcher(s.text());
        Optional<String> subject = supporter(ctx, s);
        while (support.find() && subject.isPresent()) {
            int after = at(s, support, true);
            mentions.stream().filter(x -> x.start() == after).findFirst().ifPresent(o ->
                    relation(ctx, subject.get(), "SUPPORTS", o.entityId(), Map.of(), s.paragraph(), s.text(), 0.65, "to-support"));
        }
    }

    private static Optional<String> supporter(ReadingContext ctx, Sentence s) {
        if (s.text().matches("(?s).*\\byour\\b.*") && ctx.speakerId != null && ctx.meetingBodyId != null) {
            return Optional.of(ctx.meetingBodyId);
        }
        if (s.text().startsWith("This ") || s.text().startsWith("It ")) {
            return ctx.sentences.stream().filter(x -> x.paragraph() == s.paragraph() && x.end() <= s.start()).reduce((a, b) -> b)
                    .flatMap(previous -> ctx.firstOfKinds(ctx.mentionsIn(previous), "Initiative", "Organization")).map(Mention::entityId);
        }
        return Optional.empty();
    }

    /** "IOM Director General António Vitorino", "The Coordinator of the United Nations Network on Migration (Network), ... Vitorino". */
    private static void positions(ReadingContext ctx, Sentence s, List<Mention> mentions) {
        String text = ctx.paragraph(s.paragraph());
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention org = mentions.get(i);
            Mention next = mentions.get(i + 1);
            if (!ctx.kindOf(org.entityId()).equals("Organization")) {
                continue;
            }
            String between = text.substring(org.end(), next.start()).strip();
            if (ctx.kindOf(next.entityId()).equals("Person") && between.matches("([A-Z][a-z]+\\s?){1,3}")) {
                relation(ctx, next.entityId(), "HOLDS_POSITION", org.entityId(), Map.of("role", between), s.paragraph(),
                        text.substring(org.start(), next.end()), 0.75, "title-before-name");
            }
            Matcher title = Pattern.compile("(?:The |the )?([A-Z][a-z]+(?: [A-Z][a-z]+)?) of (?:the )?$")
                    .matcher(text.substring(Math.max(0, org.start() - 40), org.start()));
            if (title.find()) {
                mentions.stream().skip(i + 1).filter(x -> ctx.kindOf(x.entityId()).equals("Person") && x.rule().equals("name"))
                        .findFirst().filter(p -> text.substring(org.end(), p.start()).startsWith(" (") || text.substring(org.end(), p.start()).startsWith(","))
                        .ifPresent(p -> relation(ctx, p.entityId(), "HOLDS_POSITION", org.entityId(), Map.of("role", title.group(1)),
                                s.paragraph(), s.text(), 0.7, "title-of-body"));
            }
        }
    }
}
