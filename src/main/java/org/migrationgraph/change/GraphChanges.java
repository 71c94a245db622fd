package org.migrationgraph.change;

import java.time.Instant;
import java.util.List;

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

    public void publish(List<String> entityIds, String source) {
        if (!entityIds.isEmpty()) {
            sink.tryEmitNext(new GraphChange(List.copyOf(entityIds), source, Instant.now().toString()));
        }
    }

    int subscribers() {
        return sink.currentSubscriberCount();
    }

    Flux<GraphChange> changes() {
        return sink.asFlux();
    }
}
