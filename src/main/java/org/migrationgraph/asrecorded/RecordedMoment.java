package org.migrationgraph.asrecorded;

import graphql.execution.ExecutionStepInfo;
import graphql.schema.DataFetchingEnvironment;

/**
 * Which moment's recorded graph a field answers from: its own {@code asRecordedOn} argument, or
 * else the nearest enclosing field's (a list, a neighbourhood or {@code entity(id:, asRecordedOn:)}
 * asked as recorded), so that entities and their relations are read from the same moment.
 */
public final class RecordedMoment {

    private static final String ARGUMENT = "asRecordedOn";

    private RecordedMoment() {
    }

    public static String of(String argument, DataFetchingEnvironment env) {
        if (argument != null) {
            AsRecorded.check(argument);
            return argument;
        }
        for (ExecutionStepInfo step = env.getExecutionStepInfo().getParent(); step != null; step = step.getParent()) {
            if (step.getArgument(ARGUMENT) instanceof String enclosing) {
                return enclosing;
            }
        }
        return null;
    }
}
