package org.migrationgraph.validtime;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of valid time as Cypher, put into a statement where it writes
 * {@code {{holds(r)}}} (a relationship held in the window), {@code {{exists(n)}}} (an entity
 * existed then), {@code {{undated(r)}}} or {@code {{undatedEntity(n)}}} (it was let in only
 * because undated facts count as always true) and {@code {{start(n)}}} (the date an entity starts
 * from, which tells a meeting still planned then). A statement is made twice, once bound in time and
 * once not; the unbound one gets {@code true} and {@code false}, so a query without a date costs
 * what it did before.
 *
 * <p>A relationship: with {@code since} or {@code until} it held from since (inclusive) to until
 * (exclusive), either open; with {@code date} (an event) it holds once it happened; with only
 * {@code asOf} (the source observed it then) it holds from that day on; with none it is undated.
 * An entity: with {@code since} or {@code until} likewise; with a date of its own (a meeting's or
 * a document's date, a founding, an establishment, an adoption) it exists from that day, or from
 * {@code scheduledAsOf} as a planned one; with none it is undated.
 */
public final class ValidTimeCypher {

    /** The keys that date an entity's start, the first present wins. */
    static final List<String> ENTITY_START_KEYS = List.of("date", "startDate", "foundedDate", "establishedDate", "adoptedDate",
            "affirmedDate");
    private static final Pattern SLOT = Pattern.compile("\\{\\{(holds|exists|undated|undatedEntity|start)\\((\\w+)\\)}}");

    private ValidTimeCypher() {
    }

    /** The template with its time slots filled, for a statement bound in time or not. */
    public static String fill(String template, boolean bound) {
        Matcher slot = SLOT.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (slot.find()) {
            String v = slot.group(2);
            String piece = switch (slot.group(1)) {
                case "holds" -> bound ? relationHolds(v) : "true";
                case "exists" -> bound ? entityExists(v) : "true";
                case "undated" -> bound ? relationUndated(v) : "false";
                case "start" -> bound ? start(v) : "null";
                default -> bound ? entityUndated(v) : "false";
            };
            slot.appendReplacement(filled, Matcher.quoteReplacement(piece));
        }
        slot.appendTail(filled);
        return filled.toString();
    }

    static String relationHolds(String r) {
        return """
                (CASE WHEN %1$s.since IS NOT NULL OR %1$s.until IS NOT NULL
                        THEN coalesce(%1$s.since <= $vtTo, true) AND coalesce(%1$s.until > $vtFrom, true)
                      WHEN %1$s.date IS NOT NULL THEN %1$s.date <= $vtTo
                      WHEN %1$s.asOf IS NOT NULL AND %1$s.asOf <= $vtTo THEN true
                      ELSE $vtUndated END)""".formatted(r);
    }

    static String relationUndated(String r) {
        return "(%1$s.since IS NULL AND %1$s.until IS NULL AND %1$s.date IS NULL AND coalesce(%1$s.asOf > $vtTo, true))".formatted(r);
    }

    static String entityExists(String n) {
        String start = start(n);
        return """
                (CASE WHEN %1$s.since IS NOT NULL OR %1$s.until IS NOT NULL
                        THEN coalesce(%1$s.since <= $vtTo, true) AND coalesce(%1$s.until > $vtFrom, true)
                      WHEN %2$s IS NOT NULL THEN %2$s <= $vtTo OR coalesce(%1$s.scheduledAsOf <= $vtTo, false)
                      ELSE $vtUndated END)""".formatted(n, start);
    }

    static String entityUndated(String n) {
        return "(%1$s.since IS NULL AND %1$s.until IS NULL AND %2$s IS NULL)".formatted(n, start(n));
    }

    private static String start(String n) {
        return "coalesce(" + String.join(", ", ENTITY_START_KEYS.stream().map(k -> n + "." + k).toList()) + ")";
    }
}
