package org.migrationgraph.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.migrationgraph.asrecorded.AsRecorded;
import org.migrationgraph.entity.EntityMapping;
import org.migrationgraph.reads.Cell;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.reads.Row;
import org.migrationgraph.validtime.ValidTime;
import org.migrationgraph.validtime.ValidTimeCypher;
import org.springframework.stereotype.Repository;

/**
 * The entities with the most relations to other entities, in the window. Counting every entity's
 * relations reads every relationship twice (4.5 s at a million entities); Neo4j's degree store
 * tells each entity's number of relationships of any kind without reading one. That number is
 * never less than the degree counted here, so the entities with the largest numbers are counted
 * first, and when the last of the top ones has more than any entity left out, they are the top.
 * Otherwise (a window that leaves most relations out) every entity is counted.
 *
 * <p>Before either, the degree tallies (DegreeTallies) of the graph as it is now, when they have
 * been made: they give the tallied entities' degrees in any window without reading the graph, and
 * the top when it is among them.
 */
@Repository
class MostConnectedRepository {

    /** At least this many entities are counted first, and four times the number asked for. */
    static final int CANDIDATES = 50;

    /**
     * The candidates' degrees, and the largest number of relationships among the entities left
     * out (null when none is). A candidate's number of relationships counts a relationship from
     * it to itself once, as the degree counted below does (MostConnectedIT checks both), and is
     * one read of the degree store, where counting outgoing and incoming apart was two: 470 ms
     * against 125 ms over a million entities (docs/benchmarks.md). Only the first $limit
     * candidates are always counted: one whose number is below the least of their degrees
     * cannot reach the top, and counting the relations of a hub is most of the work (the 38
     * candidates after the top 12 were about 220 ms of a million entities' 1 s).
     */
    private static final String AMONG_CANDIDATES = """
            MATCH (n:Entity) WHERE {{exists(n)}}
            WITH n, COUNT { (n)--() } AS bound ORDER BY bound DESC LIMIT $candidates + 1
            WITH collect({n: n, bound: bound}) AS ranked
            WITH ranked[..$candidates] AS candidates, CASE WHEN size(ranked) > $candidates THEN ranked[$candidates].bound END AS leftOut
            CALL (candidates) {
              UNWIND candidates[..$limit] AS candidate
              WITH candidate.n AS n
              RETURN collect({n: n, degree: COUNT { MATCH (n)-[r]-(m:Entity) WHERE {{holds(r)}} AND {{exists(m)}} }}) AS first
            }
            WITH candidates, leftOut, first, reduce(least = null, c IN first | CASE WHEN least IS NULL OR c.degree < least THEN c.degree ELSE least END) AS least
            CALL (candidates, least) {
              UNWIND candidates[$limit..] AS candidate
              WITH candidate WHERE candidate.bound >= least
              WITH candidate.n AS n
              RETURN collect({n: n, degree: COUNT { MATCH (n)-[r]-(m:Entity) WHERE {{holds(r)}} AND {{exists(m)}} }}) AS later
            }
            UNWIND first + later AS counted
            WITH counted.n AS n, counted.degree AS degree, leftOut ORDER BY degree DESC, n.id LIMIT $limit
            RETURN properties(n) AS props, labels(n) AS labels, degree, {{start(n)}} AS validStart, leftOut
            """;
    private static final String OVER_EVERY_ENTITY = """
            MATCH (n:Entity) WHERE {{exists(n)}}
            WITH n, COUNT { MATCH (n)-[r]-(m:Entity) WHERE {{holds(r)}} AND {{exists(m)}} } AS degree ORDER BY degree DESC, n.id LIMIT $limit
            RETURN properties(n) AS props, labels(n) AS labels, degree, {{start(n)}} AS validStart
            """;

    /** Whether each validity of the tallies holds for a relation and exists for an entity in the window: ValidTimeCypher's rules, once each. */
    private static final String WINDOW_RULES = """
            UNWIND range(0, size($validities) - 1) AS i
            WITH i, {validity: $validities[i]} AS x
            RETURN coalesce({{holds(x)}}, false) AS holds, coalesce({{exists(x)}}, false) AS exists ORDER BY i
            """;
    private static final String ENTITIES = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            RETURN id, properties(n) AS props, labels(n) AS labels, {{start(n)}} AS validStart
            """;

    private final AsRecorded asRecorded;
    private final MostConnectedTallies tallies;

    MostConnectedRepository(AsRecorded asRecorded, MostConnectedTallies tallies) {
        this.asRecorded = asRecorded;
        this.tallies = tallies;
    }

    List<Degree> mostConnected(int limit, ValidTime time, String asRecordedOn) {
        Optional<List<Degree>> tallied = asRecordedOn == null ? tallies.now(time).flatMap(now -> fromTallies(now, limit, time)) : Optional.empty();
        return tallied.or(() -> amongCandidates(limit, time, asRecordedOn)).orElseGet(() -> overEveryEntity(limit, time, asRecordedOn));
    }

    /** The top entities from the degree tallies, if they hold it; the graph as it is now (tallies hold no earlier record). */
    Optional<List<Degree>> fromTallies(DegreeTallies now, int limit, ValidTime time) {
        boolean[] holds = new boolean[now.validities().size()];
        boolean[] exists = new boolean[holds.length];
        if (time.bound()) {
            List<Row> rules = asRecorded.reads(null).list(ValidTimeCypher.fill(WINDOW_RULES, true), time.with(Map.of("validities", now.validities())),
                    row -> row);
            for (int i = 0; i < holds.length; i++) {
                holds[i] = rules.get(i).get("holds").asBoolean();
                exists[i] = rules.get(i).get("exists").asBoolean();
            }
        } else {
            Arrays.fill(holds, true);
            Arrays.fill(exists, true);
        }
        return now.top(limit, holds, exists).map(top -> withEntities(top, time));
    }

    /** The ranked entities with what the answer shows of them, in their order. */
    private List<Degree> withEntities(List<DegreeTallies.Ranked> top, ValidTime time) {
        Map<String, Row> rows = asRecorded.reads(null).list(ValidTimeCypher.fill(ENTITIES, time.bound()),
                time.with(Map.of("ids", top.stream().map(DegreeTallies.Ranked::id).toList())), row -> row).stream()
                .collect(Collectors.toMap(row -> row.get("id").asString(), row -> row));
        return top.stream().map(ranked -> degree(rows.get(ranked.id()), ranked.degree(), time)).toList();
    }

    /** The top entities, if counting the candidates was enough to know them. */
    Optional<List<Degree>> amongCandidates(int limit, ValidTime time, String asRecordedOn) {
        Map<String, Object> parameters = time.with(Map.of("limit", limit, "candidates", Math.max(CANDIDATES, 4 * limit)));
        List<Row> rows = asRecorded.reads(asRecordedOn).list(ValidTimeCypher.fill(AMONG_CANDIDATES, time.bound()), parameters, row -> row);
        boolean everyEntityCounted = rows.isEmpty() || rows.get(0).get("leftOut").isNull();
        boolean known = everyEntityCounted
                || rows.size() == limit && rows.get(rows.size() - 1).get("degree").asLong() > rows.get(0).get("leftOut").asLong();
        return known ? Optional.of(rows.stream().map(row -> degree(row, time)).toList()) : Optional.empty();
    }

    /** Every entity counted: what the candidates must agree with (MostConnectedIT). */
    List<Degree> overEveryEntity(int limit, ValidTime time, String asRecordedOn) {
        return asRecorded.reads(asRecordedOn).list(ValidTimeCypher.fill(OVER_EVERY_ENTITY, time.bound()), time.with(Map.of("limit", limit)),
                row -> degree(row, time));
    }

    private static Degree degree(Row row, ValidTime time) {
        return degree(row, row.get("degree").asInt(), time);
    }

    private static Degree degree(Row row, int degree, ValidTime time) {
        return new Degree(EntityMapping.toView(time.asThen(row.get("props").asMap(), row.get("validStart").asString(null)),
                row.get("labels").asList(Cell::asString)), degree);
    }
}
