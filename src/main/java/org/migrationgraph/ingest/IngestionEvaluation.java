package org.migrationgraph.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.migrationgraph.seed.SeedCitation;
import org.migrationgraph.seed.SeedContents;
import org.migrationgraph.seed.SeedEntity;
import org.migrationgraph.seed.SeedRelation;

/**
 * Ingestion measured against the hand-curated seed. For each source document the seed holds, its
 * curated layer (the seed file that states most of what the document says) is taken away; the
 * text is read against what remains, and what was found is compared with what the curators wrote:
 * mentions as (paragraph, entity) pairs, entity proposals aligned to the curated entities by kind
 * and overlapping quote in the same paragraph, relation proposals as (from, type, to) once aligned.
 */
public final class IngestionEvaluation {

    private IngestionEvaluation() {
    }

    /** Precision and recall over one set of items. */
    public record Score(int truePositives, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? 1 : (double) truePositives / predicted;
        }

        public double recall() {
            return gold == 0 ? 1 : (double) truePositives / gold;
        }

        Score plus(Score other) {
            return new Score(truePositives + other.truePositives, predicted + other.predicted, gold + other.gold);
        }

        static Score of(Set<?> predicted, Set<?> gold) {
            Set<Object> hits = new HashSet<>(predicted);
            hits.retainAll(gold);
            return new Score(hits.size(), predicted.size(), gold.size());
        }
    }

    /** The figures for one document, or for all of them. */
    public record Result(Score mentions, Score paragraphMentions, Score entities, Score relations, Map<String, Score> relationsByType,
                         Score datedMeetings, Score attendance, List<String> missedRelations, List<String> wrongRelations,
                         List<String> missedMentions, List<String> wrongMentions, List<String> missedParagraphMentions,
                         List<String> wrongParagraphMentions) {

        Result plus(Result other) {
            Map<String, Score> byType = new TreeMap<>(relationsByType);
            other.relationsByType.forEach((type, score) -> byType.merge(type, score, Score::plus));
            return new Result(mentions.plus(other.mentions), paragraphMentions.plus(other.paragraphMentions), entities.plus(other.entities), relations.plus(other.relations), byType,
                    datedMeetings.plus(other.datedMeetings), attendance.plus(other.attendance),
                    concat(missedRelations, other.missedRelations), concat(wrongRelations, other.wrongRelations),
                    concat(missedMentions, other.missedMentions), concat(wrongMentions, other.wrongMentions),
                    concat(missedParagraphMentions, other.missedParagraphMentions), concat(wrongParagraphMentions, other.wrongParagraphMentions));
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }

    /** Every document in the seed that has a curated layer, each read with that layer removed. */
    public static Map<String, Result> run(SeedContents seed) {
        Map<String, Result> results = new LinkedHashMap<>();
        for (SeedEntity document : seed.entities()) {
            if (document.kinds().contains("Document") && layerFile(seed, document.id()) != null) {
                results.put(document.id(), evaluate(seed, document));
            }
        }
        return results;
    }

    public static Result total(Map<String, Result> results) {
        return results.values().stream().reduce(Result::plus).orElseThrow();
    }

    static Result evaluate(SeedContents seed, SeedEntity document) {
        String layer = layerFile(seed, document.id());
        Map<String, SeedEntity> layerEntities = seed.entities().stream().filter(e -> e.file().equals(layer))
                .collect(Collectors.toMap(SeedEntity::id, e -> e, (a, b) -> a, LinkedHashMap::new));
        List<KnownName> known = seed.entities().stream()
                .filter(e -> !layerEntities.containsKey(e.id()) && !e.id().equals(document.id()))
                .map(e -> new KnownName(e.id(), e.kinds().get(0), e.name(), e.aliases())).toList();
        String text = String.join("\n\n", seed.paragraphs().get(document.id()));
        Object date = document.properties().get("date");
        Reading reading = DocumentReader.read(new IngestDocument(document.id(), document.name(), date == null ? null : date.toString(),
                Objects.toString(document.properties().get("documentType"), null), null, text), known);

        List<SeedRelation> goldRelations = seed.relations().stream().filter(r -> cites(r.citations(), document.id())).toList();
        Map<String, String> aligned = align(reading.proposals(), layerEntities, document.id());
        Set<String> goldKeys = goldRelations.stream().map(SeedRelation::id).collect(Collectors.toSet());
        Map<String, Proposal> predicted = new LinkedHashMap<>();
        for (Proposal p : reading.proposals()) {
            if (!p.isEntity()) {
                predicted.putIfAbsent(aligned.getOrDefault(p.from(), p.from()) + "-" + p.type() + "->" + aligned.getOrDefault(p.to(), p.to()), p);
            }
        }
        Map<String, Score> byType = new TreeMap<>();
        for (String type : union(goldRelations.stream().map(SeedRelation::type).toList(), predicted.values().stream().map(Proposal::type).toList())) {
            byType.put(type, Score.of(keysOfType(predicted.keySet(), type), keysOfType(goldKeys, type)));
        }
        Set<String> goldMentions = goldMentions(seed, document.id(), layerEntities.keySet());
        Set<String> foundMentions = reading.mentions().stream().filter(Mention::resolved)
                .map(m -> m.paragraph() + " " + m.entityId()).collect(Collectors.toSet());
        // The graph derives a paragraph's mentions from what is cited to it, so once the proposals
        // are accepted a paragraph also mentions the known ends of the facts quoted from it.
        Set<String> derived = new HashSet<>(foundMentions);
        Set<String> knownIds = known.stream().map(KnownName::id).collect(Collectors.toSet());
        reading.proposals().stream().filter(p -> !p.isEntity()).forEach(p -> java.util.stream.Stream.of(p.from(), p.to())
                .filter(knownIds::contains).forEach(id -> derived.add(p.paragraph() + " " + id)));
        return new Result(Score.of(foundMentions, goldMentions), Score.of(derived, goldMentions),
                new Score(aligned.size(), (int) reading.proposals().stream().filter(Proposal::isEntity).count(), layerEntities.size()),
                Score.of(predicted.keySet(), goldKeys), byType,
                datedMeetings(reading, layerEntities, aligned), attendance(goldRelations, predicted),
                minus(goldKeys, predicted.keySet()), minus(predicted.keySet(), goldKeys),
                minus(goldMentions, foundMentions), minus(foundMentions, goldMentions), tagged(document.id(), minus(goldMentions, derived)),
                tagged(document.id(), minus(derived, goldMentions)));
    }

    /** The seed file that states most of what the document says: its curated layer. */
    static String layerFile(SeedContents seed, String documentId) {
        return seed.relations().stream().filter(r -> cites(r.citations(), documentId))
                .collect(Collectors.groupingBy(SeedRelation::file, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static boolean cites(List<SeedCitation> citations, String documentId) {
        return citations.stream().anyMatch(c -> documentId.equals(c.document()));
    }

    /** Which paragraph names which entity the graph still knows, as the seed's citations say. */
    private static Set<String> goldMentions(SeedContents seed, String documentId, Set<String> layer) {
        Set<String> pairs = new HashSet<>();
        for (SeedEntity e : seed.entities()) {
            e.citations().stream().filter(c -> documentId.equals(c.document())).forEach(c -> pairs.add(c.paragraph() + " " + e.id()));
        }
        for (SeedRelation r : seed.relations()) {
            r.citations().stream().filter(c -> documentId.equals(c.document())).forEach(c -> {
                pairs.add(c.paragraph() + " " + r.from());
                pairs.add(c.paragraph() + " " + r.to());
            });
        }
        pairs.removeIf(pair -> layer.contains(pair.substring(pair.indexOf(' ') + 1)) || pair.endsWith(" " + documentId));
        return pairs;
    }

    /**
     * Each proposed entity is matched to at most one curated entity of its kind, cited in the same
     * paragraph with a quote that overlaps its own, the best overlap first.
     */
    static Map<String, String> align(List<Proposal> proposals, Map<String, SeedEntity> layer, String documentId) {
        record Pair(String proposal, String gold, double overlap) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Proposal p : proposals) {
            if (!p.isEntity()) {
                continue;
            }
            for (SeedEntity g : layer.values()) {
                if (!g.kinds().get(0).equals(p.kind())) {
                    continue;
                }
                double named = g.names().stream().anyMatch(n -> n.equalsIgnoreCase(p.name())) ? 1 : 0;
                double best = named > 0 ? 1 : g.citations().stream().filter(c -> documentId.equals(c.document()) && c.paragraph() == p.paragraph())
                        .mapToDouble(c -> overlap(p.quote(), c.quote())).max().orElse(0);
                if (best >= 0.5) {
                    pairs.add(new Pair(p.suggestedId(), g.id(), best));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::overlap).reversed());
        Map<String, String> aligned = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Pair pair : pairs) {
            if (!aligned.containsKey(pair.proposal()) && taken.add(pair.gold())) {
                aligned.put(pair.proposal(), pair.gold());
            }
        }
        return aligned;
    }

    /** How much of the shorter quote the longer one holds, word for word. */
    static double overlap(String a, String b) {
        Set<String> x = new HashSet<>(TextAnalysis.terms(a));
        Set<String> y = new HashSet<>(TextAnalysis.terms(b));
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return (double) common.size() / Math.max(x.size(), y.size()) >= 0.5 || a.contains(b) || b.contains(a)
                ? Math.max((double) common.size() / Math.max(x.size(), y.size()), 0.5) : (double) common.size() / Math.max(x.size(), y.size());
    }

    private static Score datedMeetings(Reading reading, Map<String, SeedEntity> layer, Map<String, String> aligned) {
        Set<String> gold = layer.values().stream().filter(e -> e.kinds().get(0).equals("Meeting") && e.properties().get("date") != null)
                .map(e -> e.id() + "@" + e.properties().get("date")).collect(Collectors.toSet());
        Set<String> found = reading.proposals().stream().filter(p -> p.isEntity() && p.kind().equals("Meeting") && aligned.containsKey(p.suggestedId()))
                .map(p -> aligned.get(p.suggestedId()) + "@" + p.properties().get("date")).collect(Collectors.toSet());
        Set<String> predicted = reading.proposals().stream().filter(p -> p.isEntity() && p.kind().equals("Meeting"))
                .map(p -> aligned.getOrDefault(p.suggestedId(), p.suggestedId()) + "@" + p.properties().get("date")).collect(Collectors.toSet());
        return Score.of(predicted, gold).truePositives() == found.stream().filter(gold::contains).count()
                ? Score.of(predicted, gold) : Score.of(found, gold);
    }

    private static Score attendance(List<SeedRelation> gold, Map<String, Proposal> predicted) {
        Set<String> goldCounts = gold.stream().filter(r -> r.type().equals("ATTENDED") && r.properties().get("count") != null)
                .map(r -> r.id() + "#" + r.properties().get("count")).collect(Collectors.toSet());
        Set<String> found = predicted.entrySet().stream().filter(e -> e.getValue().type().equals("ATTENDED") && e.getValue().properties().get("count") != null)
                .map(e -> e.getKey() + "#" + e.getValue().properties().get("count")).collect(Collectors.toSet());
        return Score.of(found, goldCounts);
    }

    private static List<String> tagged(String document, List<String> pairs) {
        return pairs.stream().map(p -> document.substring(4, 9) + " " + p).toList();
    }

    private static Set<String> keysOfType(Set<String> keys, String type) {
        return keys.stream().filter(k -> k.contains("-" + type + "->")).collect(Collectors.toSet());
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).sorted().toList();
    }

    /**
     * How long reading each document takes, in process (no database): the median of {@code runs}
     * reads after as many unmeasured ones, so that the figure is the warmed-up reader's.
     */
    public static String timing(SeedContents seed, int runs) {
        StringBuilder out = new StringBuilder("reading time, median of " + runs + " after " + runs + " warm-up reads\n");
        for (SeedEntity document : seed.entities()) {
            if (!document.kinds().contains("Document") || layerFile(seed, document.id()) == null) {
                continue;
            }
            long[] nanos = new long[runs];
            for (int i = -runs; i < runs; i++) {
                long start = System.nanoTime();
                evaluate(seed, document);
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
            java.util.Arrays.sort(nanos);
            out.append("  %-36s %6.1f ms (%d paragraphs)%n".formatted(document.id(), nanos[runs / 2] / 1e6,
                    seed.paragraphs().get(document.id()).size()));
        }
        return out.toString();
    }

    /** The figures as a table, per document and in total. */
    public static String report(Map<String, Result> results) {
        StringBuilder out = new StringBuilder();
        results.forEach((doc, r) -> out.append(doc).append('\n').append(lines(r)));
        out.append("total\n").append(lines(total(results)));
        return out.toString();
    }

    private static String lines(Result r) {
        StringBuilder out = new StringBuilder();
        out.append(line("mentions in the text", r.mentions())).append(line("paragraph mentions", r.paragraphMentions())).append(line("entities", r.entities())).append(line("relations", r.relations()))
                .append(line("dated meetings", r.datedMeetings())).append(line("attendance", r.attendance()));
        r.relationsByType().forEach((type, s) -> out.append(line("  " + type, s)));
        return out.toString();
    }

    private static String line(String label, Score s) {
        return "  %-24s P %.2f  R %.2f  (%d found, %d proposed, %d in the seed)%n".formatted(label, s.precision(), s.recall(),
                s.truePositives(), s.predicted(), s.gold());
    }
}
