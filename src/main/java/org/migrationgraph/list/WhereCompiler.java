package org.migrationgraph.list;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.migrationgraph.seed.BulkWrites;
import org.migrationgraph.support.ApiException;
import org.migrationgraph.support.IsoDates;

/**
 * Compiles an EntityWhere into a Cypher condition the way the Neo4j GraphQL Library does: the
 * text is assembled only from the fixed fragments below, chosen by which filter fields are set;
 * every value, and every property key, is bound as a parameter. No input text enters the Cypher
 * but a relation type of the form [A-Z][A-Z0-9_]* (an identifier that cannot be anything else).
 */
final class WhereCompiler {

    /** The form of every declared relation type (graph-seed/vocabulary.yaml): letters, digits and underscores. */
    private static final Pattern RELATION_TYPE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final Map<String, Object> parameters = new HashMap<>();
    private final List<Seek> seeks = new ArrayList<>();
    /** How deep in OR and NOT the field being compiled is: only a bound outside both is a seek. */
    private int depth;

    private WhereCompiler() {
    }

    static Condition compile(Map<String, Object> where) {
        WhereCompiler compiler = new WhereCompiler();
        String cypher = where == null ? "true" : compiler.all(where);
        return new Condition(cypher, compiler.parameters, List.copyOf(compiler.seeks));
    }

    @SuppressWarnings("unchecked")
    private String all(Map<String, Object> where) {
        List<String> parts = new ArrayList<>();
        where.forEach((field, value) -> {
            if (value == null) {
                return;
            }
            switch (field) {
                case "AND" -> parts.add(joined((List<Map<String, Object>>) value, " AND "));
                case "OR" -> parts.add(joined((List<Map<String, Object>>) value, " OR "));
                case "NOT" -> parts.add("NOT (" + nested((Map<String, Object>) value) + ")");
                case "id", "kind" -> parts.add(text("n." + field, (Map<String, Object>) value));
                case "name" -> parts.add(text("n.name", "n." + BulkWrites.SORT_NAME, (Map<String, Object>) value));
                case "property" -> parts.add(property((Map<String, Object>) value));
                case "date" -> parts.add(dateRange((Map<String, Object>) value));
                case "inRegion" -> parts.add("EXISTS { MATCH (n)-[:IN_REGION]->(:Region)-[:PART_OF*0..3]->(:Region {id: "
                        + param(value) + "}) }");
                case "related" -> parts.add(related((Map<String, Object>) value));
                default -> throw ApiException.badInput("Unknown filter field '" + field + "'.");
            }
        });
        return parts.isEmpty() ? "true" : "(" + String.join(" AND ", parts) + ")";
    }

    private String joined(List<Map<String, Object>> list, String operator) {
        if (list.isEmpty()) {
            return operator.equals(" AND ") ? "true" : "false";
        }
        List<String> parts = new ArrayList<>();
        // Every match meets each part of an AND, so a bound there is as good a seek as one beside it.
        list.forEach(where -> parts.add(operator.equals(" AND ") ? all(where) : nested(where)));
        return "(" + String.join(operator, parts) + ")";
    }

    private String nested(Map<String, Object> where) {
        depth++;
        try {
            return all(where);
        } finally {
            depth--;
        }
    }

    private String text(String subject, Map<String, Object> filter) {
        return text(subject, "toLower(toString(" + subject + "))", filter);
    }

    /**
     * {@code folded} is the subject lower-cased: for a name, the sort name every writer stores
     * (BulkWrites#SORT_NAME), which its index holds, so that a prefix is a range seek on that
     * index and a part of a name is read from the index without reading each entity.
     */
    private String text(String subject, String folded, Map<String, Object> filter) {
        List<String> parts = new ArrayList<>();
        filter.forEach((operator, value) -> {
            if (value == null) {
                return;
            }
            switch (operator) {
                case "eq" -> parts.add("toString(" + subject + ") = " + param(value));
                case "in" -> parts.add("toString(" + subject + ") IN " + param(value));
                case "contains" -> parts.add(folded + " CONTAINS toLower(" + param(value) + ")");
                case "startsWith" -> parts.add(folded + " STARTS WITH toLower(" + param(value) + ")");
                case "key" -> { }
                default -> throw ApiException.badInput("Unknown text operator '" + operator + "'.");
            }
        });
        return parts.isEmpty() ? "true" : "(" + String.join(" AND ", parts) + ")";
    }

    private String property(Map<String, Object> filter) {
        return text("n[" + param(filter.get("key")) + "]", filter);
    }

    /**
     * Dated from a day: the last date reached (the end date, else the date or start date) on or
     * after it; up to a day: the sort date (the date, else the start date) on or before it, '~'
     * padding the bound so that "2020-12" keeps every day of December 2020 and the undated ('~')
     * stay out (an undated entity has no last date either). Both are stored and indexed
     * (BulkWrites#LAST_DATE, #SORT_DATE), so either bound is a range seek; with neither, dated
     * means a sort date below '~'.
     */
    private String dateRange(Map<String, Object> range) {
        String from = IsoDates.argument("date.from", (String) range.get("from"));
        String to = IsoDates.argument("date.to", (String) range.get("to"));
        List<String> parts = new ArrayList<>();
        String fromSeek = from == null ? null : "n." + BulkWrites.LAST_DATE + " >= " + param(from);
        String upper = to == null ? null : param(to + BulkWrites.UNDATED);
        String toSeek = to == null ? null : "n." + BulkWrites.SORT_DATE + " <= " + upper;
        if (fromSeek != null) {
            parts.add(fromSeek);
            seek(BulkWrites.LAST_DATE, fromSeek);
        }
        if (toSeek != null && fromSeek != null) {
            // Both bounds: Neo4j 5.26 scanned all of the sort date's index and filtered rather than
            // seek either (ListScanWorkIT); with the upper bound on an expression it seeks the last
            // date and checks the sort date of each entry it finds.
            parts.add("coalesce(n." + BulkWrites.SORT_DATE + ", '') <= " + upper);
        } else if (toSeek != null) {
            parts.add(toSeek);
        } else if (fromSeek == null) {
            parts.add("n." + BulkWrites.SORT_DATE + " < '" + BulkWrites.UNDATED + "'");
        }
        if (toSeek != null) {
            seek(BulkWrites.SORT_DATE, toSeek);
        }
        return "(" + String.join(" AND ", parts) + ")";
    }

    private void seek(String property, String cypher) {
        if (depth == 0) {
            seeks.add(new Seek(property, cypher));
        }
    }

    /**
     * A relation type of the plain form every declared type has is written into the pattern, so
     * that Neo4j reads only that type's relationships of a busy entity (701,361 database hits to
     * 43,330 for the organizations that coordinate with the Network, at a million entities); any
     * other text stays a parameter, and the vocabulary refuses it before the statement runs.
     */
    private String related(Map<String, Object> filter) {
        String direction = (String) filter.get("direction");
        Object type = filter.get("type");
        boolean plain = type instanceof String name && RELATION_TYPE.matcher(name).matches();
        String relationship = plain ? "[r:" + type + "]" : "[r]";
        String pattern = direction == null ? "(n)-" + relationship + "-(m:Entity)"
                : direction.equals("OUTGOING") ? "(n)-" + relationship + "->(m:Entity)" : "(n)<-" + relationship + "-(m:Entity)";
        List<String> parts = new ArrayList<>();
        if (!plain) {
            parts.add("type(r) = " + param(type));
        }
        if (filter.get("id") != null) {
            parts.add("m.id = " + param(filter.get("id")));
        }
        if (filter.get("kind") != null) {
            parts.add(param(filter.get("kind")) + " IN labels(m)");
        }
        return "EXISTS { MATCH " + pattern + (parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts)) + " }";
    }

    private String param(Object value) {
        String name = "w" + parameters.size();
        parameters.put(name, value);
        return "$" + name;
    }
}
