package org.migrationgraph.support;

import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/** What a question asks of a connection (a page type with totalCount), so that what it does not ask is not read. */
public final class ConnectionFields {

    /** The fields a connection answers without reading its page. */
    private static final Set<String> WITHOUT_PAGE = Set.of("__typename", "totalCount");

    private ConnectionFields() {
    }

    /**
     * Whether the page must be read: unless every field asked for is one that needs none, such as
     * a dashboard's totalCount alone. Listed the other way round, so that a field added later
     * reads the page.
     */
    public static boolean pageAsked(DataFetchingFieldSelectionSet selection) {
        return selection.getImmediateFields().stream().map(SelectedField::getName).anyMatch(name -> !WITHOUT_PAGE.contains(name));
    }
}
