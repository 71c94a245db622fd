package org.migrationgraph.export;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** How property values read in the flat formats (CSV cells, GraphML data): lists joined by {@value #SEPARATOR}. */
final class Values {

    static final String SEPARATOR = " | ";

    private Values() {
    }

    static String flat(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(Values::flat).collect(Collectors.joining(SEPARATOR));
        }
        return String.valueOf(value);
    }

    static String joined(List<ExportCitation> citations, java.util.function.Function<ExportCitation, Object> part, boolean paragraphs) {
        return citations.stream().filter(c -> (c.paragraph() != null) == paragraphs)
                .map(c -> part.apply(c) == null ? "" : String.valueOf(part.apply(c))).collect(Collectors.joining(SEPARATOR));
    }
}
