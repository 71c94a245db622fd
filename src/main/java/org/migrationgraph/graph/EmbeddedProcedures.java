package org.migrationgraph.graph;

import org.migrationgraph.embedded.EmbeddedNeo4j;
import org.neo4j.internal.kernel.api.exceptions.ProcedureException;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Registers this feature's procedure ({@link EdgesFromBusyToHeavy}) with the embedded database
 * and says whether it is there. An external Neo4j (a server, a cluster, Aura) has no such
 * procedure: the statements then read every relation in Cypher, as they did before it.
 */
@Component
class EmbeddedProcedures {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedProcedures.class);

    private final boolean edgesFromBusyToHeavy;

    EmbeddedProcedures(ObjectProvider<EmbeddedNeo4j> embedded) {
        EmbeddedNeo4j local = embedded.getIfAvailable();
        this.edgesFromBusyToHeavy = local != null && register(local);
    }

    /** Whether statements may call {@link EdgesFromBusyToHeavy#NAME}. */
    boolean edgesFromBusyToHeavy() {
        return edgesFromBusyToHeavy;
    }

    /** Each start of the service starts its own database, so the procedure is never there already. */
    private static boolean register(EmbeddedNeo4j local) {
        try {
            local.database().getDependencyResolver().resolveDependency(GlobalProcedures.class).registerProcedure(EdgesFromBusyToHeavy.class);
            return true;
        } catch (ProcedureException e) {
            log.warn("Could not register {}: neighbourhoods read busy members' relations in Cypher ({})", EdgesFromBusyToHeavy.NAME, e.getMessage());
            return false;
        }
    }
}
