package org.migrationgraph.web;

import java.util.List;
import java.util.Map;

import org.migrationgraph.support.ErrorCode;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The HTTP handler of {@code POST /graphql}, replacing Spring Boot's: an answer without data in
 * {@code application/graphql-response+json} gets a 4xx or 5xx status (the GraphQL over HTTP
 * spec), and Spring gives every such answer 400. A request that ran out of time, or found the
 * database or the service failing, was not a bad request: a client that retries on 5xx and gives
 * up on 4xx must be able to tell. So those get the status their first error's code names; every
 * other answer keeps Spring's status (200 with data, 400 for a document that does not parse or
 * validate).
 */
@Component
class StatusByErrorCode extends GraphQlHttpHandler {

    private static final Map<String, HttpStatus> SERVER_SIDE = Map.of(
            ErrorCode.TIMEOUT.name(), HttpStatus.GATEWAY_TIMEOUT,
            ErrorCode.DATABASE_UNAVAILABLE.name(), HttpStatus.SERVICE_UNAVAILABLE,
            ErrorCode.NOT_READY.name(), HttpStatus.SERVICE_UNAVAILABLE,
            ErrorCode.INTERNAL_ERROR.name(), HttpStatus.INTERNAL_SERVER_ERROR);

    StatusByErrorCode(WebGraphQlHandler handler) {
        super(handler);
    }

    @Override
    protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType mediaType) {
        HttpStatus status = super.selectResponseStatus(response, mediaType);
        return status == HttpStatus.BAD_REQUEST ? statusOf(response.getErrors(), status) : status;
    }

    /** The status the first error's code names when it is a failure on the server's side, else {@code otherwise}. */
    static HttpStatus statusOf(List<ResponseError> errors, HttpStatus otherwise) {
        if (errors.isEmpty()) {
            return otherwise;
        }
        Object code = errors.get(0).getExtensions().get("code");
        return SERVER_SIDE.getOrDefault(String.valueOf(code), otherwise);
    }
}
