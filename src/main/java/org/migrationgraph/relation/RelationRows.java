package org.migrationgraph.relation;

import java.util.List;
import java.util.Map;

import org.migrationgraph.reads.Cell;

/** One entity's page of relations as read (its rows in (type, id) order, one more than the page) and its count. */
record RelationRows(int total, List<Row> rows) {

    /** A relation of the page: its properties, which way it points, and the entity at the other end. */
    record Row(String id, String type, boolean outgoing, Map<String, Object> props, Map<String, Object> other, List<String> labels,
               boolean undated, String otherStart) {

        static Row of(Cell row) {
            return new Row(row.get("id").asString(), row.get("type").asString(), row.get("outgoing").asBoolean(), row.get("props").asMap(),
                    row.get("other").asMap(), row.get("labels").asList(Cell::asString), row.get("undated").asBoolean(),
                    row.get("otherStart").asString(null));
        }

        /** (type, id): the order of a page and of its keyset cursor. */
        int compareTo(Row other) {
            int byType = type.compareTo(other.type);
            return byType != 0 ? byType : id.compareTo(other.id);
        }
    }
}
