package org.migrationgraph.validtime;

import java.util.HashMap;
import java.util.Map;

import org.migrationgraph.support.ApiException;
import org.migrationgraph.support.IsoDates;

/**
 * The window of valid time a query asks about: from the first day of {@code from} to the last day
 * of {@code to}, each a possibly partial ISO date, so that {@code asOf: "2021-07"} is the whole of
 * July 2021. {@link #ALWAYS} is no window: every fact, as without the arguments.
 *
 * <p>Dates are stored as partial ISO text and compared as text: a shorter date sorts before every
 * longer one it starts ("2021-07" before "2021-07-01"), so a partial start or end counts as the
 * first day of its period, and {@code to} gets a '~' (after every digit and '-') to cover its last.
 */
public record ValidTime(String from, String to, boolean includeUndated) {

    public static final ValidTime ALWAYS = new ValidTime(null, null, true);
    private static final String AFTER_ALL = "~";

    /**
     * Reads the arguments as a query gives them; {@code during} is a DateRange map. Null for
     * both dates is {@link #ALWAYS}; the two together, or a period ending before it starts, are
     * refused with what to send instead.
     */
    public static ValidTime of(String asOf, Map<String, Object> during, String undatedFacts) {
        boolean include = includeUndated(undatedFacts);
        if (asOf != null && during != null) {
            throw ApiException.badInput("'asOf' and 'during' were both given; send one: asOf for a day (or a month or year), during for a period.");
        }
        if (asOf != null) {
            IsoDates.argument("asOf", asOf);
            return new ValidTime(asOf, asOf, include);
        }
        if (during != null) {
            String from = IsoDates.argument("during.from", (String) during.get("from"));
            String to = IsoDates.argument("during.to", (String) during.get("to"));
            if (from == null && to == null) {
                throw ApiException.badInput("'during' has neither 'from' nor 'to'; give at least one, e.g. during: {from: \"2020\", to: \"2021-06\"}.");
            }
            if (from != null && to != null && from.compareTo(to + AFTER_ALL) > 0) {
                throw ApiException.badInput("'during' ends (" + to + ") before it starts (" + from + "); swap them.");
            }
            return new ValidTime(from == null ? "0000" : from, to == null ? "9999" : to, include);
        }
        if (!include) {
            throw ApiException.badInput("'undatedFacts: EXCLUDE' needs a date to exclude them from; add asOf or during.");
        }
        return ALWAYS;
    }

    /**
     * The same window from plain text, as /export's parameters and --export's options carry it:
     * the period as two separate bounds, either may be left out.
     */
    public static ValidTime ofText(String asOf, String duringFrom, String duringTo, String undatedFacts) {
        Map<String, Object> during = null;
        if (duringFrom != null || duringTo != null) {
            during = new HashMap<>();
            during.put("from", duringFrom);
            during.put("to", duringTo);
        }
        return of(asOf, during, undatedFacts);
    }

    /** INCLUDE (or nothing) or EXCLUDE, in any case: the command line and /export pass it as text. */
    private static boolean includeUndated(String undatedFacts) {
        if (undatedFacts == null || undatedFacts.equalsIgnoreCase("INCLUDE")) {
            return true;
        }
        if (undatedFacts.equalsIgnoreCase("EXCLUDE")) {
            return false;
        }
        throw ApiException.badInput("'undatedFacts' is '" + undatedFacts + "'; use INCLUDE or EXCLUDE.");
    }

    /** Whether the query is bound in time at all. */
    public boolean bound() {
        return to != null;
    }

    /** The statement parameters the Cypher of {@link ValidTimeCypher} reads. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("vtFrom", from);
        parameters.put("vtTo", to == null ? null : to + AFTER_ALL);
        parameters.put("vtUndated", includeUndated);
        return parameters;
    }

    /** The parameters of a statement with the window's added. */
    public Map<String, Object> with(Map<String, Object> parameters) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.putAll(parameters());
        return all;
    }

    /**
     * Whether an entity with this start date (see {@link ValidTimeCypher}'s {@code start} slot)
     * held in the window only as planned: dated after the window, there because it had been
     * scheduled by then.
     */
    public boolean plannedThen(String start) {
        return bound() && start != null && start.compareTo(to + AFTER_ALL) > 0;
    }

    /**
     * An entity's properties as they stood in the window: a meeting still to come then was
     * planned, whatever it became. Properties read without their dates (a slim projection) are
     * left as they are.
     */
    public Map<String, Object> asThen(Map<String, Object> properties, String start) {
        if (!plannedThen(start) || !(properties.containsKey("status") || properties.containsKey("date"))) {
            return properties;
        }
        Map<String, Object> then = new HashMap<>(properties);
        then.put("status", "planned");
        return then;
    }
}
