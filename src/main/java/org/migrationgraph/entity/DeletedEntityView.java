package org.migrationgraph.entity;

import org.migrationgraph.support.NamedType;

/** What a deleted entity left behind under its id (the DeletedEntity type). */
public record DeletedEntityView(String id, String name, String kind, String deletedAt, long revision, String replacedById)
        implements NamedType {

    @Override
    public String graphQlType() {
        return "DeletedEntity";
    }

    /** The sentence a lookup of the id answers with. */
    public String message() {
        return "The entity '" + id + "' (" + name + ") was deleted in revision " + revision + " at " + deletedAt
                + (replacedById == null ? "; Query.deletedEntity tells its history."
                : "; it was replaced by '" + replacedById + "': ask for that id.");
    }
}
