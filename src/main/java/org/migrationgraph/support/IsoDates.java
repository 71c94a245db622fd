package org.migrationgraph.support;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** ISO dates that may be partial: a year, a year and month, or a full date. */
public final class IsoDates {

    private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private IsoDates() {
    }

    public static boolean isPartialIsoDate(Object value) {
        String text = String.valueOf(value);
        if (!PARTIAL_DATE.matcher(text).matches()) {
            return false;
        }
        try {
            if (text.length() == 10) {
                LocalDate.parse(text);
            } else if (text.length() == 7) {
                YearMonth.parse(text);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Checks an argument, naming it in the message; null passes. */
    public static String argument(String name, String value) {
        if (value != null && !isPartialIsoDate(value)) {
            throw ApiException.badInput("'" + name + "' is '" + value + "', not an ISO date; use YYYY, YYYY-MM or YYYY-MM-DD.");
        }
        return value;
    }
}
