package org.migrationgraph.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.migrationgraph.change.GraphChanges;
import org.migrationgraph.reads.GraphReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The graph's counts by kind and relation type, tallied by validity: how many entities of each
 * kind have each validity, and how many relations of each type join ends of each validity. A
 * window of valid time then counts what it keeps from a few thousand tallies instead of visiting
 * every fact (ValidTimeCypher's rules, applied to the tallies). Tallied once per state of the
 * graph (GraphChanges' generation: any write, here or by another instance, makes them stale) by
 * one request, the others waiting for it.
 */
@Component
class CountTallies {

    /** One pass over the entities and one over the relationships, each grouped by what dates it. */
    private static final String TALLY = """
            CALL () {
              MATCH (n:Entity)
              WITH n.kind AS key, n.validity AS validity, count(*) AS count
              RETURN collect({key: key, n: {validity: validity}, count: count}) AS entities
            }
            CALL () {
              MATCH (a:Entity)-[r]->(b:Entity)
              WITH type(r) AS key, a.validity AS av, r.validity AS rv, b.validity AS bv, count(*) AS count
              RETURN collect({key: key, a: {validity: av}, r: {validity: rv}, b: {validity: bv}, count: count}) AS relations
            }
            RETURN entities, relations
            """;
    /** Tallying visits every fact: past the API's per-request limit on a large graph, and done once per state. */
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    /** The tallies of one state of the graph: rows {key, n, count} and {key, a, r, b, count}, each record a map with its validity. */
    record Tallies(long generation, List<Object> entities, List<Object> relations) {
    }

    private static final Logger log = LoggerFactory.getLogger(CountTallies.class);

    private final GraphReads reads;
    private final GraphChanges changes;
    private volatile Tallies current;

    CountTallies(GraphReads reads, GraphChanges changes) {
        this.reads = reads;
        this.changes = changes;
    }

    /** The tallies of the graph as it is now, tallied again only if it was written since. */
    Tallies now() {
        long generation = changes.generation();
        Tallies tallies = current;
        if (tallies != null && tallies.generation() == generation) {
            return tallies;
        }
        synchronized (this) {
            if (current == null || current.generation() != generation) {
                current = tally(generation);
            }
            return current;
        }
    }

    private Tallies tally(long generation) {
        long started = System.nanoTime();
        List<Tallies> read = new ArrayList<>();
        reads.forEach(TALLY, Map.of(), TIMEOUT, row -> read.add(new Tallies(generation, row.get("entities").asList(cell -> cell.asMap()),
                row.get("relations").asList(cell -> cell.asMap()))));
        Tallies tallies = read.get(0);
        log.info("Tallied the graph's counts by validity ({} entity and {} relation tallies) in {} ms", tallies.entities().size(),
                tallies.relations().size(), (System.nanoTime() - started) / 1_000_000);
        return tallies;
    }
}
