package org.migrationgraph.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.migrationgraph.reads.Cell;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.reads.Row;
import org.migrationgraph.validtime.ValidTime;

/**
 * The relations of the entities with the most relationships, tallied by what dates them: for each
 * of those entities, how many of its relations have each pair of validities (the relation's and
 * the far end's). Any window's degree of these entities is then a sum over a few thousand tallies,
 * with no relationship read; and no entity left out has more relations that could count than the
 * first of them, {@link #leftOut()}, nor as many and an id before it. Ranked by every relation or
 * by dated relations only ({@link Counted}). Made in the background once per state of the graph
 * (MostConnectedTallies).
 *
 * <p>Counting the relations of the entities ranked by their relationships, in the window, read
 * every one of those relationships' validity and far end: in a window that leaves most relations
 * out, the candidates' degrees fell below the relationships of the entities left out, and every
 * entity had to be counted (about 6 s at a million, past a request's time). Tallied, a window costs
 * what the tallies cost to add up.
 */
final class DegreeTallies {

    /**
     * What the entities are ranked by, and which of their relations are tallied. Every relation
     * gives the top of any window; but where undated facts are left out, most of the entities with
     * the most relationships (undated) do not exist, and below a few dated hubs the top is entities
     * with about a dozen relations, far below the most relationships of any left out. Ranked by
     * their dated relations, all that can count there, the entities left out have 10 at most at a
     * million, and the top is known.
     */
    enum Counted {

        /**
         * The entities with the most relationships of any kind (Neo4j's degree store, no
         * relationship read), each one's relations to entities.
         */
        EVERY_RELATION("""
                MATCH (n:Entity)
                WITH n, COUNT { (n)--() } AS bound
                """, "COUNT { ({{x}})--() }", "", "relationships"),

        /**
         * The dated entities with the most dated relations to dated entities, only those tallied:
         * nothing else counts in a window that leaves undated facts out (ValidTimeCypher's rules).
         * Ranking them reads every relationship once from its start, both ends counted (a
         * relationship to itself once, as {@code (n)-[r]-(m)} matches it): 3.2 s at a million over
         * Bolt, the whole tally about 6 s next to the start-up's other work (docs/benchmarks.md).
         */
        DATED_RELATIONS("""
                MATCH (a:Entity)-[r]->(b:Entity)
                WHERE a.validity IS NOT NULL AND r.validity IS NOT NULL AND b.validity IS NOT NULL
                UNWIND CASE WHEN a = b THEN [a] ELSE [a, b] END AS n
                WITH n, count(*) AS bound
                """, "CASE WHEN {{x}}.validity IS NULL THEN 0 ELSE COUNT { ({{x}})-[d]-(o:Entity) WHERE d.validity IS NOT NULL AND o.validity IS NOT NULL } END",
                "WHERE r.validity IS NOT NULL AND m.validity IS NOT NULL", "dated relations");

        /**
         * After a ranking's {@code n} and {@code bound}: the first $tallied, ties by id, each one's
         * relations (those the ranking counts) grouped by the two validities. {@code leftOut}
         * ({@link LeftOut}) is null when every entity is tallied; an entity without relations that
         * count has no row.
         */
        private static final String TALLY_THE_FIRST = """
                WITH n, bound ORDER BY bound DESC, n.id LIMIT $tallied + 1
                WITH collect(n) AS ranked, collect(bound) AS bounds
                WITH ranked[..$tallied] AS tallied, CASE WHEN size(ranked) > $tallied THEN {most: bounds[$tallied], first: ranked[$tallied].id} END AS leftOut
                UNWIND tallied AS n
                %s, leftOut
                """;
        /** An entity {@code n}'s relations that a ranking counts, grouped by the two validities. */
        private static final String RELATIONS_OF_N = """
                MATCH (n)-[r]-(m:Entity) %s
                RETURN n.id AS id, n.validity AS validity, r.validity AS rv, m.validity AS mv, count(*) AS count""";
        /**
         * For each entity a write touched: what it ranks by now, which tallied entities are next to
         * it (their far ends' validity may have changed with it), and the entities left out next
         * to it whose rank may have changed with its validity, with what they rank by now (when
         * only dated relations to dated entities count, an entity dated anew adds to its dated
         * neighbours'). A hub touched costs a read of its relationships, still far less than a
         * tally of the whole graph.
         */
        private static final String TOUCHED = """
                UNWIND $touched AS id
                MATCH (n:Entity {id: id})
                RETURN n.id AS id, {{bound(n)}} AS bound, COLLECT { MATCH (n)--(t:Entity) WHERE t.id IN $tallied RETURN DISTINCT t.id } AS near,
                       {{beside}} AS beside
                """;
        /** The entities left out next to a dated entity {@code n}, each with what it ranks by (dated relations to dated entities). */
        private static final String DATED_BESIDE = """
                COLLECT { MATCH (n)--(b:Entity) WHERE n.validity IS NOT NULL AND b.validity IS NOT NULL AND NOT b.id IN $tallied
                          WITH DISTINCT b RETURN {id: b.id, bound: {{bound(b)}}} }""";
        private static final String RECOUNT = """
                UNWIND $recount AS id
                MATCH (n:Entity {id: id})
                %s
                """;

        private final String tally;
        private final String touched;
        private final String recount;
        private final String what;

        /**
         * Ranked by {@code ranking}'s bound (one entity {@code {{x}}}'s: {@code bound}), tallying the relations
         * that {@code counted} keeps, named {@code what} in the log.
         */
        Counted(String ranking, String bound, String counted, String what) {
            String relations = RELATIONS_OF_N.formatted(counted);
            this.tally = ranking + TALLY_THE_FIRST.formatted(relations);
            // A ranking that keeps relations by their ends' dates is one a neighbour's validity changes.
            String beside = counted.isEmpty() ? "[]" : DATED_BESIDE;
            this.touched = TOUCHED.replace("{{beside}}", beside).replace("{{bound(n)}}", bound.replace("{{x}}", "n"))
                    .replace("{{bound(b)}}", bound.replace("{{x}}", "b"));
            this.recount = RECOUNT.formatted(relations);
            this.what = what;
        }

        /** What the entities are ranked by, for the log. */
        String what() {
            return what;
        }

        /** Whether tallies of these relations hold every relation that could count in the window. */
        boolean answers(ValidTime time) {
            return this == EVERY_RELATION || !time.includeUndated();
        }
    }

    /** The entities tallied: four times the most that `mostConnected` gives (as MostConnectedRepository's candidates). */
    static final int TALLIED = 400;

    /** One tallied entity: its validity, and its tallies as parallel arrays of indexes into {@link #validities()} and counts. */
    private record Tallied(String id, int validity, int[] relation, int[] far, int[] count) {
    }

    /** An entity and its degree in the window. */
    record Ranked(String id, int degree) {
    }

    /**
     * The first entity of the ranking not tallied: it has the {@code most} relations counted so
     * (relationships of any kind, or dated relations) of those left out, and any other left out
     * with as many comes after it by id ({@code first}; null when nothing is known of their ids).
     */
    record LeftOut(long most, String first) {

        /** Every entity tallied: an entity with no relations has no tallies, and any id. */
        static final LeftOut NONE = new LeftOut(0, null);

        /**
         * Whether an entity with this degree in a window comes before every entity left out, in
         * the answer's order (most first, then by id): with more than any of them can have in any
         * window, or as many and an id before all of theirs that might tie.
         */
        boolean before(Ranked ranked) {
            return ranked.degree() > most || ranked.degree() == most && first != null && ranked.id().compareTo(first) < 0;
        }

        /**
         * With one more entity left out that ranks by {@code bound}: the new first if it has more,
         * or as many and an id before this one's. An entity left out that now has fewer leaves the
         * bound as it was, still true of every entity left out.
         */
        LeftOut with(String id, long bound) {
            if (bound > most) {
                return new LeftOut(bound, id);
            }
            return bound == most && first != null && id.compareTo(first) < 0 ? new LeftOut(most, id) : this;
        }
    }

    private final long generation;
    private final long talliedAt;
    private final Counted counted;
    private final List<String> validities;
    private final List<Tallied> entities;
    private final LeftOut leftOut;

    private DegreeTallies(long generation, long talliedAt, Counted counted, List<String> validities, List<Tallied> entities,
                          LeftOut leftOut) {
        this.generation = generation;
        this.talliedAt = talliedAt;
        this.counted = counted;
        this.validities = validities;
        this.entities = entities;
        this.leftOut = leftOut;
    }

    /** Tallies the {@code tallied} entities with the most relations counted so, streaming the rows (at a million entities 580,405 of every relation, 19,422 dated). */
    static DegreeTallies tally(GraphReads reads, long generation, Counted counted, int tallied, Duration timeout) {
        Builder builder = new Builder();
        reads.forEach(counted.tally, Map.of("tallied", tallied), timeout, builder::add);
        return builder.build(generation, generation, counted);
    }

    /**
     * These tallies brought up to the graph at {@code generation}, whose writes since touched
     * {@code touched} (GraphChanges: every entity written and both ends of every relation written).
     * A tallied entity's tallies change only if it was touched or is next to one that was (whose
     * validity may have changed), and only those are counted again, from the graph as it is now;
     * one gone is dropped. An entity left out can have gained relations only if touched, or (dated
     * relations) dated ones only if touched or next to a dated one touched: the first left out
     * becomes whichever of those ranks higher, if any. The entities tallied stay the same ones
     * (less any gone), so the answer still stands only where none left out could reach it.
     * Counting from the graph as it is now, a write committed meanwhile may be counted already; it
     * is counted again when its own touch is patched in, so the tallies end the same.
     */
    DegreeTallies patched(GraphReads reads, long generation, Set<String> touched, Duration timeout) {
        Set<String> tallied = new HashSet<>();
        entities.forEach(entity -> tallied.add(entity.id()));
        Set<String> recount = new HashSet<>(touched);
        recount.retainAll(tallied);
        LeftOut[] first = {leftOut == null ? LeftOut.NONE : leftOut};
        reads.forEach(counted.touched, Map.of("touched", List.copyOf(touched), "tallied", List.copyOf(tallied)), timeout, row -> {
            recount.addAll(row.get("near").asList(Cell::asString));
            String id = row.get("id").asString();
            if (!tallied.contains(id)) {
                first[0] = first[0].with(id, row.get("bound").asLong());
            }
            for (Cell beside : row.get("beside").asList(cell -> cell)) {
                first[0] = first[0].with(beside.get("id").asString(), beside.get("bound").asLong());
            }
        });
        Builder builder = new Builder(this, recount);
        reads.forEach(counted.recount, Map.of("recount", List.copyOf(recount)), timeout, builder::addCounts);
        builder.leftOut = leftOut == null && first[0] == LeftOut.NONE ? null : first[0];
        return builder.build(generation, talliedAt, counted);
    }

    long generation() {
        return generation;
    }

    /** The generation of the graph these were tallied from in full; before {@link #generation()} when patched since. */
    long talliedAt() {
        return talliedAt;
    }

    Counted counted() {
        return counted;
    }

    /** Every distinct validity in the tallies (null for undated), once: a window asks each whether it holds and exists. */
    List<String> validities() {
        return validities;
    }

    /** The first of the entities not tallied; null if every entity is. */
    LeftOut leftOut() {
        return leftOut;
    }

    /** The entities tallied that have relations to entities. */
    int size() {
        return entities.size();
    }

    /** The tallies of all of them together: what they hold in memory, about 12 bytes each. */
    long tallies() {
        return entities.stream().mapToLong(entity -> entity.count().length).sum();
    }

    /**
     * The {@code limit} tallied entities with the most relations in the window, most first and by
     * id, if they are the top of the whole graph: the last of them comes before any entity left
     * out could ({@link LeftOut#before}; every entity tallied, it has more than none, since an
     * entity without relations has no tallies). {@code holds[i]} says whether a relation dated by
     * validity i holds in the window, {@code exists[i]} whether an entity dated so exists.
     */
    Optional<List<Ranked>> top(int limit, boolean[] holds, boolean[] exists) {
        List<Ranked> ranked = new ArrayList<>();
        for (Tallied entity : entities) {
            if (exists[entity.validity()]) {
                ranked.add(new Ranked(entity.id(), degree(entity, holds, exists)));
            }
        }
        ranked.sort(Comparator.comparingInt(Ranked::degree).reversed().thenComparing(Ranked::id));
        if (ranked.size() < limit || !(leftOut == null ? LeftOut.NONE : leftOut).before(ranked.get(limit - 1))) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(ranked.subList(0, limit)));
    }

    private static int degree(Tallied entity, boolean[] holds, boolean[] exists) {
        int degree = 0;
        for (int i = 0; i < entity.count().length; i++) {
            if (holds[entity.relation()[i]] && exists[entity.far()[i]]) {
                degree += entity.count()[i];
            }
        }
        return degree;
    }

    /** Gathers the streamed rows; each validity text is kept once and referred to by its index. */
    static final class Builder {

        private final Map<String, Integer> indexes = new HashMap<>();
        private final List<String> validities = new ArrayList<>();
        private final Map<String, Growing> entities = new HashMap<>();
        private LeftOut leftOut;

        Builder() {
        }

        /**
         * Starting from {@code tallies}' validities (their indexes kept) and entities, less those to
         * be counted again; the first left out is set by the caller.
         */
        private Builder(DegreeTallies tallies, Set<String> recounted) {
            tallies.validities.forEach(this::index);
            tallies.entities.stream().filter(entity -> !recounted.contains(entity.id()))
                    .forEach(entity -> entities.put(entity.id(), Growing.of(entity)));
        }

        void add(Row row) {
            Cell firstLeftOut = row.get("leftOut");
            addCounts(row);
            leftOut = firstLeftOut.isNull() ? null : new LeftOut(firstLeftOut.get("most").asLong(), firstLeftOut.get("first").asString());
        }

        /** A row of an entity's tallies, without the ranking's first left out. */
        void addCounts(Row row) {
            add(row.get("id").asString(), row.get("validity").asString(null), row.get("rv").asString(null), row.get("mv").asString(null),
                    row.get("count").asInt(), leftOut);
        }

        /** One row: {@code count} relations of entity {@code id} (dated by {@code validity}) dated {@code rv}, to an entity dated {@code mv}. */
        Builder add(String id, String validity, String rv, String mv, int count, LeftOut firstLeftOut) {
            entities.computeIfAbsent(id, key -> new Growing(index(validity))).add(index(rv), index(mv), count);
            leftOut = firstLeftOut;
            return this;
        }

        private int index(String validity) {
            return indexes.computeIfAbsent(validity, v -> {
                validities.add(v);
                return validities.size() - 1;
            });
        }

        DegreeTallies build(long generation, long talliedAt, Counted counted) {
            List<Tallied> tallied = entities.entrySet().stream().map(e -> e.getValue().done(e.getKey())).toList();
            // With no rows, whether any entity was left out is unknown: none is known to be the top.
            LeftOut first = entities.isEmpty() ? new LeftOut(Long.MAX_VALUE, null) : leftOut;
            return new DegreeTallies(generation, talliedAt, counted, Collections.unmodifiableList(validities), tallied, first);
        }
    }

    /** One entity's tallies as they arrive. */
    private static final class Growing {

        private final int validity;
        private int[] relation = new int[8];
        private int[] far = new int[8];
        private int[] count = new int[8];
        private int size;

        Growing(int validity) {
            this.validity = validity;
        }

        /** An entity's tallies kept as they were. */
        static Growing of(Tallied entity) {
            Growing kept = new Growing(entity.validity());
            kept.relation = entity.relation();
            kept.far = entity.far();
            kept.count = entity.count();
            kept.size = entity.count().length;
            return kept;
        }

        void add(int relationValidity, int farValidity, int n) {
            if (size == count.length) {
                relation = Arrays.copyOf(relation, size * 2);
                far = Arrays.copyOf(far, size * 2);
                count = Arrays.copyOf(count, size * 2);
            }
            relation[size] = relationValidity;
            far[size] = farValidity;
            count[size] = n;
            size++;
        }

        Tallied done(String id) {
            return new Tallied(id, validity, Arrays.copyOf(relation, size), Arrays.copyOf(far, size), Arrays.copyOf(count, size));
        }
    }
}
