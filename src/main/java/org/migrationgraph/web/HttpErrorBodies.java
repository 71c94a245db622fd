package org.migrationgraph.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.migrationgraph.support.ErrorBodies;
import org.migrationgraph.support.ErrorCode;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests to /graphql that fail before GraphQL sees them (a body that is not one JSON object,
 * a batch, bytes that are not UTF-8, a media type it does not take) get a GraphQL-shaped body
 * with a code and a fix, instead of Spring's untyped error page (reliability audit 1.1-1.7).
 */
@Component
class HttpErrorBodies implements HandlerExceptionResolver, Ordered {

    private final JsonMapper json;

    HttpErrorBodies(JsonMapper json) {
        this.json = json;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!"/graphql".equals(request.getRequestURI())) {
            return null;
        }
        if (ex instanceof HttpMessageNotReadableException) {
            return write(response, 400, "The request body must be one JSON object such as {\"query\": \"{ stats { entities } }\"}, "
                    + "in UTF-8; batches (JSON arrays) are not supported.");
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return write(response, 415, "Send the request as Content-Type: application/json.");
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return write(response, 406, "This endpoint answers application/graphql-response+json or application/json; "
                    + "accept one of them.");
        }
        return null;
    }

    private ModelAndView write(HttpServletResponse response, int status, String message) {
        try {
            ErrorBodies.write(json, response, status, message, Map.of("code", ErrorCode.BAD_USER_INPUT.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }
}
