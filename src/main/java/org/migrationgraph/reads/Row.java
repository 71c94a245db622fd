package org.migrationgraph.reads;

import java.util.Map;

/** One row of a read, by column name, whichever path it came through. */
public final class Row {

    private final Map<String, Object> columns;

    Row(Map<String, Object> columns) {
        this.columns = columns;
    }

    /** A column; an unknown column reads as null. */
    public Cell get(String column) {
        return Cell.of(columns.get(column));
    }

    /** All columns as plain Java values. */
    public Map<String, Object> asMap() {
        return columns;
    }
}
