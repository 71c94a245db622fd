package org.migrationgraph.entity;

import java.util.List;
import java.util.Map;

/**
 * An entity as the API shows it. Kind-specific fields (a State's iso3, a meeting's date) are
 * read from {@code properties} by name, so a new property in the seed needs only a schema field.
 */
public record EntityView(String id, String kind, List<String> kinds, String name, List<String> aliases,
                         String description, Map<String, Object> properties, List<CitationView> citations,
                         long version)
        implements PropertyHolder {
}
