package org.migrationgraph.analytics;

import java.util.List;

import org.migrationgraph.entity.CitationView;
import org.migrationgraph.entity.EntityView;

/** An entity that shares neighbours with the one asked about: how many, and through which relations, each cited. */
record Interlock(EntityView entity, int sharedCount, List<Shared> shared) {

    /** One shared neighbour, with the relation from each side to it. */
    record Shared(EntityView neighbour, Edge relation, Edge otherRelation) {
    }

    /** A relation as the interlock shows it: id, type, ends and citations. */
    record Edge(String id, String type, String from, String to, List<CitationView> citations) {
    }
}
