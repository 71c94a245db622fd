package org.migrationgraph.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an API key may do. Each role includes the ones before it: an admin is an editor, an
 * editor a reader. Configured in lower case ({@code roles: [editor]}).
 */
public enum Role {
    /** May read when reads require a key ({@code migration-graph.security.reads-require-key}). */
    READER,
    /** May change the graph: every mutation. */
    EDITOR,
    /** May run administrative operations and see health details. */
    ADMIN;

    /** The Spring Security authority name, {@code ROLE_EDITOR} for EDITOR. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** This role and every role it includes. */
    Set<Role> withIncluded() {
        return EnumSet.range(READER, this);
    }
}
