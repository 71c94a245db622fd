package org.migrationgraph.ingest;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A document being read: its paragraphs, sentences and mentions, and the proposals the rules
 * have made so far (one per key; a second rule proposing the same thing keeps the first).
 */
final class ReadingContext {

    final IngestDocument document;
    final List<String> paragraphs;
    final List<Sentence> sentences;
    final List<Mention> mentions;
    final NameIndex index;
    final String speakerId;
    /** The meeting the document records: a known id or a proposed entity's suggested id. */
    String meetingId;
    /** The name and date the document's heading gives its meeting. */
    String meetingName;
    String meetingDate;
    /** The body the meeting is a meeting of, whom a speech's "you" addresses. */
    String meetingBodyId;
    private final Map<String, Proposal> proposals = new LinkedHashMap<>();

    ReadingContext(IngestDocument document, List<String> paragraphs, List<Mention> mentions, NameIndex index, String speakerId) {
        this.document = document;
        this.paragraphs = paragraphs;
        this.sentences = sentences(paragraphs);
        this.mentions = mentions;
        this.index = index;
        this.speakerId = speakerId;
    }

    String paragraph(int number) {
        return paragraphs.get(number - 1);
    }

    /** The resolved mentions inside characters {@code [start, end)} of a paragraph, in order. */
    List<Mention> mentionsIn(int paragraph, int start, int end) {
        return mentions.stream().filter(m -> m.paragraph() == paragraph && m.start() >= start && m.end() <= end && m.resolved()).toList();
    }

    List<Mention> mentionsIn(Sentence sentence) {
        return mentionsIn(sentence.paragraph(), sentence.start(), sentence.end());
    }

    Optional<Mention> firstOfKinds(List<Mention> mentions, String... kinds) {
        List<String> wanted = List.of(kinds);
        return mentions.stream().filter(m -> wanted.contains(kindOf(m.entityId()))).findFirst();
    }

    String kindOf(String id) {
        KnownName entity = index.entity(id);
        return entity == null ? "" : entity.kind();
    }

    void propose(Proposal proposal) {
        proposals.putIfAbsent(proposal.key(), proposal);
    }

    /** Takes back what a rule proposed when a later one finds it was only a lead-in. */
    void retract(java.util.function.Predicate<Proposal> which) {
        proposals.values().removeIf(which);
    }

    List<Proposal> proposals() {
        return List.copyOf(proposals.values());
    }

    String date() {
        return document.date();
    }

    /** {@code id}, or {@code id-2}, {@code id-3}... when another proposed entity of this document has it already. */
    String unusedId(String id) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        proposals.values().forEach(p -> taken.add(p.suggestedId()));
        String candidate = id;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    /** A readable id: the prefix, the date when there is one, and the first words of the name. */
    static String suggestId(String prefix, String date, String name) {
        String slug = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
        List<String> words = new ArrayList<>();
        for (String word : slug.split(" ")) {
            if (!List.of("the", "of", "a", "an", "and", "to", "for", "on", "in", "at").contains(word) && words.size() < 6) {
                words.add(word);
            }
        }
        return prefix + ":" + (date == null ? "" : date + "-") + String.join("-", words);
    }

    private static List<Sentence> sentences(List<String> paragraphs) {
        List<Sentence> all = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
            it.setText(text);
            for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                String sentence = text.substring(start, end).strip();
                if (!sentence.isEmpty()) {
                    int from = text.indexOf(sentence, start);
                    all.add(new Sentence(p + 1, from, from + sentence.length(), sentence));
                }
            }
        }
        return all;
    }

    /** Proposes a relation, unless an end is missing or both ends are one entity. */
    static void relation(ReadingContext ctx, String from, String type, String to, Map<String, Object> props, int paragraph,
                         String quote, double confidence, String rule) {
        if (from != null && to != null && !from.equals(to)) {
            ctx.propose(Proposal.relation(ctx.document.id(), from, type, to, props, paragraph, quote, confidence, rule));
        }
    }
}
