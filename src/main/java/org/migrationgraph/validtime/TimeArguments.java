package org.migrationgraph.validtime;

import java.util.Map;

/**
 * The valid-time arguments a query field takes ({@code asOf}, {@code during},
 * {@code undatedFacts}), given to a controller method that declares a parameter of this type
 * (TimeArgumentsResolver), next to the field's own arguments.
 */
public record TimeArguments(String asOf, Map<String, Object> during, String undatedFacts) {

    /**
     * From a field's arguments as graphql-java coerced them ({@code during} a map,
     * {@code undatedFacts} the enum's name): the one place that reads them for every field.
     */
    @SuppressWarnings("unchecked")
    public static TimeArguments of(Map<String, Object> arguments) {
        return new TimeArguments((String) arguments.get("asOf"), (Map<String, Object>) arguments.get("during"),
                (String) arguments.get("undatedFacts"));
    }

    /** The window they ask for, checked; {@link ValidTime#ALWAYS} when none is given. */
    public ValidTime window() {
        return ValidTime.of(asOf, during, undatedFacts);
    }
}
