package org.migrationgraph.validtime;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code validity} rules of {@link ValidTimeCypher#entityValidity} and
 * {@link ValidTimeCypher#relationValidity} for a writer that does not go through Cypher: the
 * offline importer of a new store (generate.StoreImport). The same rules, kept equal by
 * ValidityRulesIT, which evaluates both on the same properties. Dates are compared as Cypher's
 * {@code toString} writes them: strings as they are, numbers and {@code java.time} dates in
 * their ISO form.
 */
public final class Validity {

    /** The rules' version: a store whose records were derived under another is derived again at start-up. */
    public static final int RULES_VERSION = ValidTimeCypher.RULES_VERSION;
    private static final String OPEN_START = "";
    private static final String OPEN_END = "~";

    private Validity() {
    }

    /** An entity's validity from its properties, as it is stored; empty when undated. */
    public static Optional<String> ofEntity(Map<String, ?> props) {
        return entityParts(props).map(Validity::stored);
    }

    /** A relationship's validity from its properties, as it is stored; empty when undated. */
    public static Optional<String> ofRelation(Map<String, ?> props) {
        return relationParts(props).map(Validity::stored);
    }

    private static Optional<List<String>> entityParts(Map<String, ?> props) {
        Optional<List<String>> interval = interval(props);
        if (interval.isPresent()) {
            return interval;
        }
        String date = ValidTimeCypher.ENTITY_START_KEYS.stream().map(props::get).filter(v -> v != null).findFirst().map(Validity::text)
                .orElse(null);
        String scheduled = text(props.get("scheduledAsOf"));
        if (date != null && scheduled != null && scheduled.compareTo(date) < 0) {
            return Optional.of(List.of(scheduled, OPEN_END, date));
        }
        return Optional.ofNullable(date).map(d -> List.of(d, OPEN_END));
    }

    private static Optional<List<String>> relationParts(Map<String, ?> props) {
        Optional<List<String>> interval = interval(props);
        if (interval.isPresent()) {
            return interval;
        }
        if (props.get("date") != null) {
            return Optional.of(List.of(text(props.get("date")), OPEN_END));
        }
        return Optional.ofNullable(text(props.get("asOf"))).map(asOf -> List.of(asOf, OPEN_END, "observed"));
    }

    private static Optional<List<String>> interval(Map<String, ?> props) {
        String since = text(props.get("since"));
        String until = text(props.get("until"));
        if (since == null && until == null) {
            return Optional.empty();
        }
        return Optional.of(List.of(since == null ? OPEN_START : since, until == null ? OPEN_END : until));
    }

    private static String stored(List<String> parts) {
        return String.join(ValidTimeCypher.SEPARATOR, parts);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
