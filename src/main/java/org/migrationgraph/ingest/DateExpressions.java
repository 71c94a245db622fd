package org.migrationgraph.ingest;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as texts write them, resolved to ISO dates that stay as precise as the text:
 * "12 December 2019" and "Wednesday 16 December 2020" to a day, "April 2020" to a month, "in 2022"
 * to a year, and relative ones ("yesterday", "met on 14/11", "this week") against the document's
 * own date.
 */
final class DateExpressions {

    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?(\\d{1,2})\\s+" + MONTHS + ",?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTHS + "\\s+(\\d{1,2}),\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTHS + "\\s+(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|by|until|since|of)\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern DAY_SLASH_MONTH = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})\\b(?!/)");
    private static final Pattern RELATIVE = Pattern.compile("\\b(yesterday|today|tomorrow|this week|this month)\\b", Pattern.CASE_INSENSITIVE);

    private DateExpressions() {
    }

    /** A date found: characters {@code [start, end)} and its ISO value. */
    record Found(int start, int end, String iso) {
    }

    static List<Found> find(String text, String documentDate) {
        List<Found> found = new ArrayList<>();
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            found.add(new Found(m.start(), m.end(), iso(m.group(3), m.group(2), m.group(1))));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            found.add(new Found(m.start(), m.end(), iso(m.group(3), m.group(1), m.group(2))));
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            if (notInside(found, m.start())) {
                found.add(new Found(m.start(), m.end(), m.group(2) + "-" + month(m.group(1))));
            }
        }
        m = YEAR.matcher(text);
        while (m.find()) {
            if (notInside(found, m.start(1))) {
                found.add(new Found(m.start(1), m.end(1), m.group(1)));
            }
        }
        relative(text, documentDate, found);
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    private static void relative(String text, String documentDate, List<Found> found) {
        if (documentDate == null || documentDate.length() != 10) {
            return;
        }
        LocalDate date = LocalDate.parse(documentDate);
        Matcher m = DAY_SLASH_MONTH.matcher(text);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                // A day and month without a year is the latest such day on or before the document.
                int year = LocalDate.of(date.getYear(), month, Math.min(day, 28)).isAfter(date) ? date.getYear() - 1 : date.getYear();
                found.add(new Found(m.start(), m.end(), "%d-%02d-%02d".formatted(year, month, day)));
            }
        }
        m = RELATIVE.matcher(text);
        while (m.find()) {
            String iso = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "yesterday" -> date.minusDays(1).toString();
                case "tomorrow" -> date.plusDays(1).toString();
                case "today" -> date.toString();
                default -> documentDate.substring(0, 7);
            };
            found.add(new Found(m.start(), m.end(), iso));
        }
    }

    private static boolean notInside(List<Found> found, int offset) {
        return found.stream().noneMatch(f -> offset >= f.start() && offset < f.end());
    }

    private static String iso(String year, String month, String day) {
        return "%s-%s-%02d".formatted(year, month(month), Integer.parseInt(day));
    }

    private static String month(String name) {
        for (java.time.Month month : java.time.Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(name)) {
                return "%02d".formatted(month.getValue());
            }
        }
        throw new IllegalArgumentException(name);
    }
}
