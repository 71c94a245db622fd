package org.migrationgraph.relation;

import org.migrationgraph.embedded.EmbeddedNeo4j;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Registers this feature's function ({@link RelationDegrees}) with the embedded database and says
 * whether it is there. An external Neo4j (a server, a cluster, Aura) has no such function: the
 * statements then count each type's degrees in Cypher, as they did before it.
 */
@Component
class EmbeddedFunctions {

    private final boolean relationDegrees;

    EmbeddedFunctions(ObjectProvider<EmbeddedNeo4j> embedded) {
        EmbeddedNeo4j local = embedded.getIfAvailable();
        this.relationDegrees = local != null && local.registerFunctions(RelationDegrees.class);
    }

    /** Whether statements may call {@link RelationDegrees#NAME}. */
    boolean relationDegrees() {
        return relationDegrees;
    }
}
