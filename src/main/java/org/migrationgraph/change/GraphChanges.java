package org.migrationgraph.change;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The stream behind the graphChanged subscription. Writers publish here; each subscriber gets
 * the changes made after it subscribed. Best effort: a subscriber too slow to keep up misses
 * changes rather than holding writers back.
 */
@Component
public class GraphChanges {

    private final Sinks.Many<GraphChange> sink = Sinks.many().multicast().directBestEffort();
    private final AtomicLong generation = new AtomicLong();

    /**
     * Called by every writer after it committed. The generation moves on even when no
     * relationship changed (a description may have), so that caches of answers drop them.
     */
    public void publish(List<String> entityIds, String source) {
        generation.incrementAndGet();
        if (!entityIds.isEmpty()) {
            sink.tryEmitNext(new GraphChange(List.copyOf(entityIds), source, Instant.now().toString()));
        }
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
