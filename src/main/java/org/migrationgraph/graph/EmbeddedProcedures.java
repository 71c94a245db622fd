package org.migrationgraph.graph;

import org.migrationgraph.embedded.EmbeddedNeo4j;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Registers this feature's procedure ({@link EdgesFromBusyToHeavy}) with the embedded database
 * and says whether it is there. An external Neo4j (a server, a cluster, Aura) has no such
 * procedure: the statements then read every relation in Cypher, as they did before it.
 */
@Component
class EmbeddedProcedures {

    private final boolean edgesFromBusyToHeavy;

    EmbeddedProcedures(ObjectProvider<EmbeddedNeo4j> embedded) {
        EmbeddedNeo4j local = embedded.getIfAvailable();
        this.edgesFromBusyToHeavy = local != null && local.registerProcedures(EdgesFromBusyToHeavy.class);
    }

    /** Whether statements may call {@link EdgesFromBusyToHeavy#NAME}. */
    boolean edgesFromBusyToHeavy() {
        return edgesFromBusyToHeavy;
    }
}
