package org.migrationgraph.export;

import java.util.LinkedHashMap;
import java.util.Map;

import org.migrationgraph.asrecorded.AsRecorded;
import org.migrationgraph.support.ApiException;
import org.migrationgraph.validtime.ValidTime;

/**
 * What part of the graph an export holds: everything, the entities of one kind (and the
 * relations among them), the relations of one type (and their ends), or the entities within
 * {@code depth} hops of one entity (and the relations among them). At most one of the three;
 * any of them within a window of valid time ({@code asOf}, {@code during}), which keeps only the
 * entities that existed and the relations that held then; and of the graph now or as it was
 * recorded at a moment ({@code asRecordedOn}).
 */
public record ExportScope(String kind, String type, String around, int depth, ValidTime time, String asRecordedOn) {

    static final int MAX_DEPTH = 2;

    public static final ExportScope WHOLE_GRAPH = new ExportScope(null, null, null, 1);

    /** A scope over all of time, of the graph now. */
    public ExportScope(String kind, String type, String around, int depth) {
        this(kind, type, around, depth, ValidTime.ALWAYS, null);
    }

    /** Checks the combination; names are checked against the vocabulary by the reader. */
    public ExportScope {
        kind = blankToNull(kind);
        type = blankToNull(type);
        around = blankToNull(around);
        time = time == null ? ValidTime.ALWAYS : time;
        asRecordedOn = blankToNull(asRecordedOn);
        AsRecorded.check(asRecordedOn);
        int given = (kind == null ? 0 : 1) + (type == null ? 0 : 1) + (around == null ? 0 : 1);
        if (given > 1) {
            throw ApiException.badInput("Give at most one of 'kind', 'type' and 'around': an export is the whole graph, "
                    + "one kind, one relation type or one neighbourhood.");
        }
        if (depth < 1 || depth > MAX_DEPTH) {
            throw ApiException.badInput("'depth' is " + depth + "; a neighbourhood export reaches 1 or " + MAX_DEPTH
                    + " hops (the whole graph is an export without 'around').");
        }
    }

    boolean isWholeGraph() {
        return kind == null && type == null && around == null;
    }

    /** The parameters as given, for a file name and a cache key. */
    Map<String, String> asParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (kind != null) {
            parameters.put("kind", kind);
        }
        if (type != null) {
            parameters.put("type", type);
        }
        if (around != null) {
            parameters.put("around", around);
            parameters.put("depth", String.valueOf(depth));
        }
        if (time.bound()) {
            parameters.put("from", time.from());
            parameters.put("to", time.to());
            parameters.put("undated", time.includeUndated() ? "included" : "excluded");
        }
        if (asRecordedOn != null) {
            parameters.put("asRecordedOn", asRecordedOn);
        }
        return parameters;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
