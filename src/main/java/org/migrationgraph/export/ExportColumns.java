package org.migrationgraph.export;

import java.util.List;

/**
 * The property columns of an export, found in a first pass over the scope so that formats that
 * declare their columns up front (CSV headers, GraphML keys) can stream the rows afterwards.
 */
record ExportColumns(List<Column> node, List<Column> edge) {

    /** A property key and the one type its values have (mixed types read as text). */
    record Column(String name, ValueType type) {
    }

    enum ValueType {
        STRING, LONG, DOUBLE, BOOLEAN, LIST;

        /** From Cypher's {@code valueType()} names, e.g. {@code INTEGER NOT NULL}, {@code LIST<STRING NOT NULL> NOT NULL}. */
        static ValueType of(List<String> cypherTypes) {
            if (cypherTypes.size() != 1) {
                return cypherTypes.stream().allMatch(t -> t.startsWith("LIST")) ? LIST : STRING;
            }
            String type = cypherTypes.get(0);
            if (type.startsWith("LIST")) {
                return LIST;
            }
            if (type.startsWith("INTEGER")) {
                return LONG;
            }
            if (type.startsWith("FLOAT")) {
                return DOUBLE;
            }
            return type.startsWith("BOOLEAN") ? BOOLEAN : STRING;
        }
    }
}
