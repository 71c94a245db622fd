package org.migrationgraph.validtime;

import java.util.Map;

/**
 * The valid-time arguments a query field takes ({@code asOf}, {@code during},
 * {@code undatedFacts}), bound by Spring with {@code @Arguments} next to the field's own.
 */
public record TimeArguments(String asOf, Map<String, Object> during, String undatedFacts) {

    /** The window they ask for, checked; {@link ValidTime#ALWAYS} when none is given. */
    public ValidTime window() {
        return ValidTime.of(asOf, during, undatedFacts);
    }
}
