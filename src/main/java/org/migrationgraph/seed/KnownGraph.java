package org.migrationgraph.seed;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules need to know about the rest of the graph. The seed answers from its files; a
 * curated write answers from the database, inside its own transaction, so that a batch sees the
 * changes made earlier in it.
 */
public interface KnownGraph {

    /** The declared kind labels. */
    Set<String> kinds();

    /** The declared relation types. */
    Set<String> relationTypes();

    boolean hasEntity(String id);

    boolean hasReference(String id);

    /** The paragraphs of a document with a text, paragraph 1 first; empty when the id is not one. */
    Optional<List<String>> paragraphs(String documentId);
}
