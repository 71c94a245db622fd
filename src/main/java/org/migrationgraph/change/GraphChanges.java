package org.migrationgraph.change;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
    private final Map<Long, Boolean> reported = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    /**
     * Called by every writer after it committed. The generation moves on even when no
     * relationship changed (a description may have), so that caches of answers drop them.
     */
    public void publish(GraphChange change) {
        generation.incrementAndGet();
        if (reported.put(change.revision(), Boolean.TRUE) == null
                && !(change.entityIds().isEmpty() && change.relationIds().isEmpty())) {
            sink.tryEmitNext(change);
        }
    }

    /** Drops cached answers without reporting a change: the graph moved on somewhere we cannot see in detail. */
    public void invalidate() {
        generation.incrementAndGet();
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
