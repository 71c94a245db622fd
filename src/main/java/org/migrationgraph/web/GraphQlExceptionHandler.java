package org.migrationgraph.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import org.migrationgraph.reads.DatabaseUnreachableException;
import org.migrationgraph.reads.ReadOutOfMemoryException;
import org.migrationgraph.reads.ReadTimedOutException;
import org.migrationgraph.support.ApiException;
import org.migrationgraph.support.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * The one place where exceptions become GraphQL errors. Expected failures keep their message
 * and get a stable {@code extensions.code}; anything else is logged with an id and answered
 * with that id only, so no stack trace or Cypher text ever reaches a client.
 */
@Component
class GraphQlExceptionHandler extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlExceptionHandler.class);

    static final String OUT_OF_MEMORY_MESSAGE = "Answering this would take more memory than one request may use; ask for less "
            + "(fewer hops, a smaller limit or first, fewer kinds or relation types, or an entity with fewer relations).";

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof ApiException api) {
            return error(env, classification(api.code()), api.code(), api.getMessage(), api.extensions());
        }
        if (ex instanceof DatabaseUnreachableException) {
            return error(env, ErrorType.INTERNAL_ERROR, ErrorCode.DATABASE_UNAVAILABLE,
                    "The graph database cannot be reached right now; try again shortly.");
        }
        if (ex instanceof ReadTimedOutException) {
            return error(env, ErrorType.INTERNAL_ERROR, ErrorCode.TIMEOUT,
                    ApiInterceptor.TIMEOUT_MESSAGE);
        }
        if (ex instanceof ReadOutOfMemoryException) {
            return error(env, ErrorType.BAD_REQUEST, ErrorCode.QUERY_TOO_COMPLEX, OUT_OF_MEMORY_MESSAGE);
        }
        if (ex instanceof AbortExecutionException) {
            // graphql-java's word for a field that failed or finished after the wall clock cancelled
            // the execution (WallClock): the request's time is up, nothing went wrong in the service.
            return error(env, ErrorType.INTERNAL_ERROR, ErrorCode.TIMEOUT, ApiInterceptor.TIMEOUT_MESSAGE);
        }
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected error {} at {}", incident, env.getExecutionStepInfo().getPath(), ex);
        return error(env, ErrorType.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR,
                "Internal error; quote incident " + incident + " when reporting it.");
    }

    /** Not the client's doing when nothing is found or the answer is not ready yet; otherwise a bad request. */
    private static ErrorType classification(ErrorCode code) {
        return switch (code) {
            case NOT_FOUND, DELETED -> ErrorType.NOT_FOUND;
            case NOT_READY -> ErrorType.INTERNAL_ERROR;
            default -> ErrorType.BAD_REQUEST;
        };
    }

    private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, ErrorCode code, String message) {
        return error(env, type, code, message, Map.of());
    }

    private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, ErrorCode code, String message,
                                      Map<String, Object> more) {
        Map<String, Object> extensions = new LinkedHashMap<>(more);
        extensions.put("code", code.name());
        extensions.put("classification", type.name());
        return GraphqlErrorBuilder.newError(env)
                .errorType(type)
                .message(message)
                .extensions(extensions)
                .build();
    }
}
