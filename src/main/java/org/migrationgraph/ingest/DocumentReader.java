package org.migrationgraph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.migrationgraph.seed.DocumentText;

/**
 * Reads a document against the names the graph knows: paragraphs by the seed's own rule,
 * sentences, mentions, and the proposals of each rule family. Pure: no database, so the
 * evaluation against the curated seed runs as a unit test.
 */
final class DocumentReader {

    private DocumentReader() {
    }

    static Reading read(IngestDocument document, Collection<KnownName> known) {
        return read(document, known, java.util.Map.of());
    }

    /**
     * @param acceptedHere the entities curators accepted from this document's own proposals, each
     *                     with the id its proposal suggested: read again, the text proposes what it
     *                     proposed before (so nothing looks new), not facts about the known
     *                     entities they have become
     */
    static Reading read(IngestDocument document, Collection<KnownName> known, java.util.Map<String, String> acceptedHere) {
        List<String> paragraphs = DocumentText.paragraphs(document.text());
        NameIndex index = new NameIndex(known);
        String speaker = speaker(paragraphs, index, document.author()).orElse(null);
        MentionFinder finder = new MentionFinder(index, speaker);
        List<Mention> mentions = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            mentions.addAll(finder.find(p + 1, paragraphs.get(p)));
        }
        ReadingContext ctx = new ReadingContext(document, paragraphs, mentions, index, speaker);
        MeetingRules.apply(ctx);
        if (speaker != null) {
            speakerLine(ctx).ifPresent(line -> ReadingContext.relation(ctx, speaker, "AUTHORED", document.id(),
                    java.util.Map.of("role", "speaker"), line.paragraph(), line.surface(), 0.9, "speaker"));
        }
        EntityRules.apply(ctx, finder.undefined());
        RelationPatterns.apply(ctx);
        StatementRules.apply(ctx);
        return new Reading(document.id(), paragraphs, ctx.sentences, mentions, knownAsKnown(ctx, index, acceptedHere));
    }

    /**
     * A proposed entity whose name the graph already gives an entity of the same kind is that
     * entity: it is not proposed again, and relations to it point to the known id.
     */
    private static List<Proposal> knownAsKnown(ReadingContext ctx, NameIndex index, java.util.Map<String, String> acceptedHere) {
        java.util.Map<String, String> known = new java.util.HashMap<>();
        for (Proposal p : ctx.proposals()) {
            if (p.isEntity()) {
                index.wholeName(p.name()).stream()
                        .filter(id -> index.entity(id).kind().equals(p.kind()) && !acceptedHere.containsKey(id))
                        .findFirst().ifPresent(id -> known.put(p.suggestedId(), id));
            }
        }
        List<Proposal> kept = new ArrayList<>();
        for (Proposal p : ctx.proposals()) {
            if (p.isEntity() && known.containsKey(p.suggestedId())) {
                continue;
            }
            boolean fromHere = !p.isEntity() && (acceptedHere.containsKey(p.from()) || acceptedHere.containsKey(p.to()));
            if (!p.isEntity() && (known.containsKey(p.from()) || known.containsKey(p.to()) || fromHere)) {
                String from = acceptedHere.getOrDefault(p.from(), known.getOrDefault(p.from(), p.from()));
                String to = acceptedHere.getOrDefault(p.to(), known.getOrDefault(p.to(), p.to()));
                if (!from.equals(to)) {
                    kept.add(Proposal.relation(ctx.document.id(), from, p.type(), to, p.properties(), p.paragraph(), p.quote(),
                            p.confidence(), p.rule()));
                }
                continue;
            }
            kept.add(p);
        }
        return kept.stream().collect(java.util.stream.Collectors.toMap(Proposal::key, x -> x, (a, b) -> a,
                java.util.LinkedHashMap::new)).values().stream().toList();
    }

    /**
     * A speech names its speaker in a heading line of its own ("THE DEPUTY SECRETARY-GENERAL"),
     * or the ingest names the author.
     */
    private static Optional<String> speaker(List<String> paragraphs, NameIndex index, String author) {
        if (author != null && !author.isBlank() && index.wholeName(author).size() == 1) {
            return Optional.of(index.wholeName(author).iterator().next());
        }
        for (int p = 0; p < Math.min(3, paragraphs.size()); p++) {
            Set<String> named = index.wholeName(paragraphs.get(p).replaceAll("[*#]", "").strip());
            if (named.size() == 1 && index.entity(named.iterator().next()).kind().equals("Person")) {
                return Optional.of(named.iterator().next());
            }
        }
        return Optional.empty();
    }

    private static Optional<Mention> speakerLine(ReadingContext ctx) {
        return ctx.mentions.stream().filter(m -> m.paragraph() <= 3 && m.entityId() != null && m.entityId().equals(ctx.speakerId)
                && m.rule().startsWith("name")).findFirst();
    }
}
