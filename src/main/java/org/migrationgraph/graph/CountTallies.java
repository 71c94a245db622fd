package org.migrationgraph.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;

import org.migrationgraph.change.GraphChanges;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.reads.ReadBudget;
import org.migrationgraph.support.ApiException;
import org.migrationgraph.support.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The graph's counts by kind and relation type, tallied by validity: how many entities of each
 * kind have each validity, and how many relations of each type join ends of each validity. A
 * window of valid time then counts what it keeps from a few thousand tallies instead of visiting
 * every fact (ValidTimeCypher's rules, applied to the tallies). Tallied once per state of the
 * graph (GraphChanges' generation: any write, here or by another instance, makes them stale), in
 * the background, requests waiting for it within their time.
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

    /**
     * Kept from a request's time when it waits, to answer NOT_READY in: at the deadline itself the
     * request is cancelled and answered TIMEOUT, which says to ask for less.
     */
    private static final Duration ANSWERING = Duration.ofMillis(250);
    /** The tallies of one state of the graph: rows {key, n, count} and {key, a, r, b, count}, each record a map with its validity. */
    record Tallies(long generation, List<Object> entities, List<Object> relations) {
    }

    private static final Logger log = LoggerFactory.getLogger(CountTallies.class);

    private final GraphReads reads;
    private final GraphChanges changes;
    /** Tallies are made here, one at a time, not on a request's thread: a request waits only as long as its time allows. */
    private final Executor tallier;
    private volatile Tallies current;
    private CompletableFuture<Tallies> making;
    private long makingGeneration = -1;
    private volatile long makingSince;
    private volatile long lastMillis = -1;

    @Autowired
    CountTallies(GraphReads reads, GraphChanges changes) {
        this(reads, changes, Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "count-tallies");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** With the executor the tallies are made on: tests pass one that runs a tally at once, to finish it before anyone waits. */
    CountTallies(GraphReads reads, GraphChanges changes, Executor tallier) {
        this.reads = reads;
        this.changes = changes;
        this.tallier = tallier;
    }

    /**
     * The tallies of the graph as it is now, tallied again only if it was written since. A request
     * waits for them as long as it has time left, then gets NOT_READY, which says when to ask again
     * (as GitHub's statistics answer 202 while they are computed); the tally goes on for the next.
     */
    Tallies now() {
        long generation = changes.generation();
        Tallies tallies = current;
        if (tallies != null && tallies.generation() == generation) {
            return tallies;
        }
        CompletableFuture<Tallies> tally = tallyOf(generation);
        try {
            return tally.get(Math.max(0, ReadBudget.timeLeft(TIMEOUT).minus(ANSWERING).toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw notReady();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notReady();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    /** The tally of this state of the graph, started unless it is under way; a failed one is started again by the next request. */
    private synchronized CompletableFuture<Tallies> tallyOf(long generation) {
        if (making != null && makingGeneration == generation) {
            return making;
        }
        CompletableFuture<Tallies> started = CompletableFuture.supplyAsync(() -> tally(generation), tallier);
        making = started;
        makingGeneration = generation;
        makingSince = System.nanoTime();
        // A tally already over settles here, on this thread, and a failed one clears `making`: answer with the one started.
        started.whenComplete((tallies, failure) -> settled(started, tallies));
        return started;
    }

    private synchronized void settled(CompletableFuture<Tallies> tally, Tallies tallies) {
        if (tallies != null && (current == null || current.generation() < tallies.generation())) {
            current = tallies;
        }
        if (tallies == null && making == tally) {
            making = null;
        }
    }

    /** When to ask again: when the tally under way should be done if it takes what the last one took (5 s if none was made yet). */
    private ApiException notReady() {
        long last = lastMillis;
        long left = last < 0 ? 5_000 : last - (System.nanoTime() - makingSince) / 1_000_000;
        long seconds = Math.max(1, (left + 999) / 1000);
        String took = last < 0 ? "" : " (the last time took " + Math.max(1, (last + 999) / 1000) + " s)";
        return new ApiException(ErrorCode.NOT_READY, "The graph's counts are being made again, as after every start and change" + took
                + "; ask again in about " + seconds + " s.", Map.of("retryAfter", seconds));
    }

    @PreDestroy
    void stop() {
        if (tallier instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }

    private Tallies tally(long generation) {
        long started = System.nanoTime();
        List<Tallies> read = new ArrayList<>();
        reads.forEach(TALLY, Map.of(), TIMEOUT, row -> read.add(new Tallies(generation, row.get("entities").asList(cell -> cell.asMap()),
                row.get("relations").asList(cell -> cell.asMap()))));
        Tallies tallies = read.get(0);
        lastMillis = (System.nanoTime() - started) / 1_000_000;
        log.info("Tallied the graph's counts by validity ({} entity and {} relation tallies) in {} ms", tallies.entities().size(),
                tallies.relations().size(), (System.nanoTime() - started) / 1_000_000);
        return tallies;
    }
}
