package org.migrationgraph.validtime;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of valid time as Cypher, put into a statement where it writes
 * {@code {{holds(r)}}} (a relationship held in the window), {@code {{exists(n)}}} (an entity
 * existed then), {@code {{undated(r)}}} or {@code {{undatedEntity(n)}}} (it was let in only
 * because undated facts count as always true) and {@code {{start(n)}}} (the date an entity that
 * was scheduled before it begins, which tells a meeting still planned then; null for any other). A statement is made twice, once bound in time and
 * once not; the unbound one gets {@code true} and {@code false}, so a query without a date costs
 * what it did before.
 *
 * <p>A relationship: with {@code since} or {@code until} it held from since (inclusive) to until
 * (exclusive), either open; with {@code date} (an event) it holds once it happened; with only
 * {@code asOf} (the source observed it then) it holds from that day on, and before it counts as
 * undated; with none it is undated. An entity: with {@code since} or {@code until} likewise; with
 * a date of its own (a meeting's or a document's date, a founding, an establishment, an adoption)
 * it exists from that day, or from {@code scheduledAsOf} as a planned one; with none it is undated.
 *
 * <p>These rules are applied once, when a record is written: every writer stores what they say in
 * one derived property, {@code validity} ({@link #entityValidity}, {@link #relationValidity}):
 * absent for an undated record, else the text {@code from|until} with {@code ''} for an open start
 * and {@code '~'} for an open end (both compare beyond any ISO date), and a third part:
 * {@code observed} for a relationship dated only by an observation, the date it begins for an
 * entity scheduled before it. A query then reads one property per record, not the eight that may
 * date it. A text, not a list: Neo4j keeps a short text inside the record that points to it, and
 * a list of texts always in a store of its own (ADR 17), one more read per record that a window
 * or the tallies visit.
 */
public final class ValidTimeCypher {

    /** The keys that date an entity's start, the first present wins. */
    static final List<String> ENTITY_START_KEYS = List.of("date", "startDate", "foundedDate", "establishedDate", "adoptedDate",
            "affirmedDate");
    /** The derived property's name, and the version of the rules that derive it (a change re-derives every stored record). */
    public static final String PROPERTY = "validity";
    /**
     * Between the parts of a stored validity; ISO dates never hold it. The Cypher below writes it
     * as '|'; ValidityRulesIT checks that both give the same text on every branch of the rules.
     */
    static final String SEPARATOR = "|";
    static final int RULES_VERSION = 3;
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
                case "start" -> bound ? scheduledStart(v) : "null";
                default -> bound ? entityUndated(v) : "false";
            };
            slot.appendReplacement(filled, Matcher.quoteReplacement(piece));
        }
        slot.appendTail(filled);
        return filled.toString();
    }

    /**
     * The validity an entity's stored properties give it, for writers to store ({@code SET
     * n.validity = ...}): from since, or from its own date; if it was scheduled before that date,
     * from then, with the date it begins as a third element (until then it is planned).
     */
    public static String entityValidity(String n) {
        String date = ownDate(n);
        return """
                CASE WHEN %1$s.since IS NOT NULL OR %1$s.until IS NOT NULL
                       THEN coalesce(toString(%1$s.since), '') + '|' + coalesce(toString(%1$s.until), '~')
                     WHEN toString(%1$s.scheduledAsOf) < toString(%2$s)
                       THEN toString(%1$s.scheduledAsOf) + '|~|' + toString(%2$s)
                     WHEN %2$s IS NOT NULL THEN toString(%2$s) + '|~'
                END""".formatted(n, date);
    }

    /** Whether an entity has any property that dates it: the ones its validity is derived from. */
    public static String dated(String n) {
        return "(%1$s.since IS NOT NULL OR %1$s.until IS NOT NULL OR %2$s IS NOT NULL)".formatted(n, ownDate(n));
    }

    /** The validity a relationship's stored properties give it, for writers to store. */
    public static String relationValidity(String r) {
        return """
                CASE WHEN %1$s.since IS NOT NULL OR %1$s.until IS NOT NULL
                       THEN coalesce(toString(%1$s.since), '') + '|' + coalesce(toString(%1$s.until), '~')
                     WHEN %1$s.date IS NOT NULL THEN toString(%1$s.date) + '|~'
                     WHEN %1$s.asOf IS NOT NULL THEN toString(%1$s.asOf) + '|~|observed'
                END""".formatted(r);
    }

    static String relationHolds(String r) {
        return """
                (CASE WHEN %1$s.validity IS NULL THEN $vtUndated
                      WHEN %2$s[0] <= $vtTo AND %2$s[1] > $vtFrom THEN true
                      ELSE size(%2$s) > 2 AND $vtUndated END)""".formatted(r, parts(r));
    }

    static String relationUndated(String r) {
        return "(%1$s.validity IS NULL OR (size(%2$s) > 2 AND %2$s[0] > $vtTo))".formatted(r, parts(r));
    }

    static String entityExists(String n) {
        return "(CASE WHEN %1$s.validity IS NULL THEN $vtUndated ELSE %2$s[0] <= $vtTo AND %2$s[1] > $vtFrom END)".formatted(n, parts(n));
    }

    static String entityUndated(String n) {
        return "(%1$s.validity IS NULL)".formatted(n);
    }

    private static String scheduledStart(String n) {
        return parts(n) + "[2]";
    }

    /** A stored validity's parts: [from, until] or [from, until, third]. */
    private static String parts(String v) {
        return "split(%s.validity, '|')".formatted(v);
    }

    /** An entity's own date: the first of its start keys present. */
    private static String ownDate(String n) {
        return "coalesce(" + String.join(", ", ENTITY_START_KEYS.stream().map(k -> n + "." + k).toList()) + ")";
    }
}
