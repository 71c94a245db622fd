package org.migrationgraph.asrecorded;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;

/**
 * Which moment's recorded graph a field answers from: its own {@code asRecordedOn} argument, or
 * else the one an enclosing field asked for ({@code entity(id:, asRecordedOn:)} hands it to the
 * fields below it through the local context), so that an entity and its relations are read from
 * the same moment.
 */
public final class RecordedMoment {

    private static final String KEY = "asRecordedOn";

    private RecordedMoment() {
    }

    public static String of(String argument, DataFetchingEnvironment env) {
        if (argument != null) {
            AsRecorded.check(argument);
            return argument;
        }
        return env.getLocalContext() instanceof GraphQLContext context ? context.get(KEY) : null;
    }

    /** A field's answer with its moment handed down to the fields below it (none when it was not asked as recorded). */
    public static <T> DataFetcherResult<T> handDown(T answer, String asRecordedOn) {
        var result = DataFetcherResult.<T>newResult().data(answer);
        return (asRecordedOn == null ? result : result.localContext(handedDown(asRecordedOn))).build();
    }

    /** The local context that hands the moment down to the fields below. */
    public static GraphQLContext handedDown(String asRecordedOn) {
        return GraphQLContext.newContext().of(KEY, asRecordedOn).build();
    }
}
