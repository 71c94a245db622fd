package org.migrationgraph.graph;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.migrationgraph.change.GraphChanges;
import org.migrationgraph.reads.GraphReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The degree tallies (DegreeTallies) of the graph as it is now, made in the background once per
 * state of the graph (GraphChanges' generation). Nobody waits for them: until they are made, and
 * after any write until they are made again, `mostConnected` counts in the graph as it did before
 * they existed, which answers the same.
 */
@Component
class MostConnectedTallies {

    /** Tallying reads every relation of the entities with the most: past a request's time on a large graph, and done once per state. */
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(MostConnectedTallies.class);

    private final GraphReads reads;
    private final GraphChanges changes;
    private final ExecutorService tallier = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "degree-tallies");
        thread.setDaemon(true);
        return thread;
    });
    private volatile DegreeTallies current;
    /** The state of the graph whose tally was last started; -1 when it failed, so that the next request starts it again. */
    private long started = -1;

    MostConnectedTallies(GraphReads reads, GraphChanges changes) {
        this.reads = reads;
        this.changes = changes;
    }

    /** The tallies if they were made of the graph as it is now; otherwise none, and they are started unless under way. */
    Optional<DegreeTallies> now() {
        long generation = changes.generation();
        DegreeTallies tallies = current;
        if (tallies != null && tallies.generation() == generation) {
            return Optional.of(tallies);
        }
        startFor(generation);
        return Optional.empty();
    }

    /** The first tally starts with the service, not with the first request, which would otherwise count in the graph. */
    @EventListener(ApplicationReadyEvent.class)
    void startOnceReady() {
        now();
    }

    private synchronized void startFor(long generation) {
        if (started != generation) {
            started = generation;
            tallier.execute(() -> tally(generation));
        }
    }

    private void tally(long generation) {
        if (changes.generation() != generation) {
            return; // written again while this waited: the tally of the newer state is queued behind it
        }
        long began = System.nanoTime();
        try {
            DegreeTallies tallies = DegreeTallies.tally(reads, generation, DegreeTallies.TALLIED, TIMEOUT);
            current = tallies;
            log.info("Tallied the relations of the {} entities with the most relationships by validity ({} tallies, {} validities) in {} ms",
                    tallies.size(), tallies.tallies(), tallies.validities().size(), (System.nanoTime() - began) / 1_000_000);
        } catch (RuntimeException e) {
            failed(generation);
            log.warn("Could not tally the relations of the entities with the most; mostConnected counts in the graph until it can", e);
        }
    }

    private synchronized void failed(long generation) {
        if (started == generation) {
            started = -1;
        }
    }

    @PreDestroy
    void stop() {
        tallier.shutdownNow();
    }
}
