package org.migrationgraph.change;

import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

@Controller
class GraphChangeController {

    private final GraphChanges changes;

    GraphChangeController(GraphChanges changes) {
        this.changes = changes;
    }

    @SubscriptionMapping
    Flux<GraphChange> graphChanged() {
        return changes.changes();
    }
}
