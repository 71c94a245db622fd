package org.migrationgraph.change;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The stream behind the graphChanged subscription. Writers publish here after they committed;
 * so does {@link GraphStateWatcher} for writes made by other instances on the same database.
 * Each subscriber gets the changes made after it subscribed. Best effort: a subscriber too slow
 * to keep up misses changes rather than holding writers back.
 */
@Component
public class GraphChanges {

    private static final int REMEMBERED = 1024;

    private final Sinks.Many<GraphChange> sink = Sinks.many().multicast().directBestEffort();
    private final AtomicLong generation = new AtomicLong();
    /** Revisions already reported, so that the watcher does not report this instance's own writes again. */
    private final Map<Long, Boolean> reported = Collections.synchronizedMap(recent());

    /**
     * The entities each recent generation touched, when known: a curated write names every entity
     * it wrote and both ends of every relation it wrote (ChangeSet), so whatever changed is on or
     * next to them. A seed load names only the entities it changed, and an invalidation nothing:
     * their generations are left out, and unknown.
     */
    private final Map<Long, Set<String>> touched = recent();

    /** A map that keeps its last REMEMBERED entries, by number. */
    private static <V> Map<Long, V> recent() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > REMEMBERED;
            }
        };
    }

    /**
     * Called by every writer after it committed. The generation moves on even when no
     * relationship changed (a description may have), so that caches of answers drop them.
     */
    public void publish(GraphChange change) {
        moveOn(GraphChange.CURATION.equals(change.source()) ? Set.copyOf(change.entityIds()) : null);
        if (reported.put(change.revision(), Boolean.TRUE) == null
                && !(change.entityIds().isEmpty() && change.relationIds().isEmpty())) {
            sink.tryEmitNext(change);
        }
    }

    /** Drops cached answers without reporting a change: the graph moved on somewhere we cannot see in detail. */
    public void invalidate() {
        moveOn(null);
    }

    /** The next generation, with what it touched remembered first, so that whoever sees the number can ask for it. */
    private synchronized void moveOn(Set<String> entityIds) {
        long next = generation.get() + 1;
        if (entityIds != null) {
            touched.put(next, entityIds);
        }
        generation.set(next);
    }

    /**
     * Every entity the writes after generation {@code after} up to {@code upTo} touched, or none
     * if any of them is not known in detail (or no longer remembered).
     */
    public synchronized Optional<Set<String>> touched(long after, long upTo) {
        Set<String> all = new HashSet<>();
        for (long g = after + 1; g <= upTo; g++) {
            Set<String> ids = touched.get(g);
            if (ids == null) {
                return Optional.empty();
            }
            all.addAll(ids);
        }
        return Optional.of(all);
    }

    boolean wasReported(long revision) {
        return reported.containsKey(revision);
    }

    /** A number that changes whenever the graph was written; equal numbers mean the same graph. */
    public long generation() {
        return generation.get();
    }

    int subscribers() {
        return sink.currentSubscriberCount();
    }

    Flux<GraphChange> changes() {
        return sink.asFlux();
    }
}
