package org.migrationgraph.graph;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;

import org.migrationgraph.change.GraphChanges;
import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.reads.ReadBudget;
import org.migrationgraph.validtime.ValidTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The degree tallies (DegreeTallies) of the graph as it is now, made in the background once per
 * state of the graph (GraphChanges' generation): those of every relation first, then those of the
 * dated relations, for windows that leave undated facts out. After curated writes, whose touched
 * entities are known, the last tallies are patched (22-255 ms at a million entities, against 10-12 s
 * to tally them again), and a request waits up to a second for a patch under way; after any other
 * write they are tallied in full, which no one waits for. Until they are made, `mostConnected`
 * counts in the graph as it did before they existed, which answers the same.
 */
@Component
class MostConnectedTallies {

    /** Tallying reads every relation of the entities with the most: past a request's time on a large graph, and done once per state. */
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    /**
     * Writes that touched more entities than this are tallied again in full: patching reads the
     * relations of every entity touched and of every tallied one next to them.
     */
    static final int PATCHED_AT_MOST = 10_000;
    /**
     * How long a request waits for a patch under way (22-255 ms at a million entities)
     * before it counts in the graph, which takes longer there; a full tally is waited for by no one.
     */
    private static final Duration PATCH_WAIT = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(MostConnectedTallies.class);

    private final GraphReads reads;
    private final GraphChanges changes;
    private final ExecutorService tallier = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "degree-tallies");
        thread.setDaemon(true);
        return thread;
    });
    /** The latest tallies made, of each way of counting. */
    private final Map<DegreeTallies.Counted, DegreeTallies> current = new ConcurrentHashMap<>();
    /** The state of the graph whose tally was last started; -1 when it failed, so that the next request starts it again. */
    private long started = -1;
    /** The tally or patch last started, and whether it patches. */
    private Future<?> work;
    private boolean patching;

    MostConnectedTallies(GraphReads reads, GraphChanges changes) {
        this.reads = reads;
        this.changes = changes;
    }

    /**
     * The tallies that answer best in the window, if they were made of the graph as it is now;
     * otherwise none, and they are started unless under way. Where undated facts are left out,
     * the dated relations' tallies rank the entities by what can count there; until they are made,
     * those of every relation, which answer any window.
     */
    Optional<DegreeTallies> now(ValidTime time) {
        long generation = changes.generation();
        Future<?> patch = startFor(generation);
        Optional<DegreeTallies> made = made(time, generation);
        if (made.isEmpty() && patch != null) {
            try {
                patch.get(ReadBudget.timeLeft(PATCH_WAIT).toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // not patched in time: count in the graph
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            made = made(time, generation);
        }
        return made;
    }

    private Optional<DegreeTallies> made(ValidTime time, long generation) {
        return Stream.of(DegreeTallies.Counted.DATED_RELATIONS, DegreeTallies.Counted.EVERY_RELATION).filter(counted -> counted.answers(time))
                .map(current::get).filter(tallies -> tallies != null && tallies.generation() == generation).findFirst();
    }

    /** The first tally starts with the service, not with the first request, which would otherwise count in the graph. */
    @EventListener(ApplicationReadyEvent.class)
    void startOnceReady() {
        now(ValidTime.ALWAYS);
    }

    /**
     * Starts the tallies of this state of the graph unless they were started (and did not fail).
     * Returns the work under way if it patches the last tallies (worth waiting for), else null.
     */
    private synchronized Future<?> startFor(long generation) {
        if (started != generation) {
            started = generation;
            patching = patchable(generation);
            work = tallier.submit(() -> tally(generation));
        }
        return patching ? work : null;
    }

    private boolean patchable(long generation) {
        return touchedSince(current.get(DegreeTallies.Counted.EVERY_RELATION), generation).isPresent();
    }

    /** What the writes since {@code before} were made touched, if they can be patched in: known, and not too many. */
    private Optional<Set<String>> touchedSince(DegreeTallies before, long generation) {
        return before == null || before.generation() >= generation ? Optional.empty()
                : changes.touched(before.generation(), generation).filter(ids -> ids.size() <= PATCHED_AT_MOST);
    }

    private void tally(long generation) {
        for (DegreeTallies.Counted counted : DegreeTallies.Counted.values()) {
            if (changes.generation() != generation) {
                return; // written again meanwhile: the tally of the newer state is queued behind this one
            }
            long began = System.nanoTime();
            try {
                DegreeTallies before = current.get(counted);
                Optional<Set<String>> touched = touchedSince(before, generation);
                if (touched.isPresent()) {
                    DegreeTallies tallies = before.patched(reads, generation, touched.get(), TIMEOUT);
                    current.put(counted, tallies);
                    log.info("Patched the tallies of the {} entities with the most {} for the {} entities written since ({} tallies) in {} ms",
                            tallies.size(), counted.what(), touched.get().size(), tallies.tallies(), (System.nanoTime() - began) / 1_000_000);
                    continue;
                }
                DegreeTallies tallies = DegreeTallies.tally(reads, generation, counted, DegreeTallies.TALLIED, TIMEOUT);
                current.put(counted, tallies);
                log.info("Tallied the {} entities with the most {} by validity ({} tallies, {} validities) in {} ms", tallies.size(),
                        counted.what(), tallies.tallies(), tallies.validities().size(), (System.nanoTime() - began) / 1_000_000);
            } catch (RuntimeException e) {
                failed(generation);
                log.warn("Could not tally the entities with the most relations ({}); mostConnected counts in the graph until it can", counted, e);
                return;
            }
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
