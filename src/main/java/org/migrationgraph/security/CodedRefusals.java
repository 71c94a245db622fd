package org.migrationgraph.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.migrationgraph.support.ErrorBodies;
import org.migrationgraph.support.ErrorCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401, 403 (and 429 when keys cannot be checked now) from the filter chain as GraphQL-shaped bodies coded {@code UNAUTHENTICATED} and
 * {@code FORBIDDEN}, with the reason and the fix, instead of Spring Security's empty answers.
 */
final class CodedRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    CodedRefusals(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason) throws IOException {
        if (reason instanceof AuthenticationServiceException) {
            // The key could not be checked now (too many new keys at once): a wait, not a wrong key.
            response.setHeader("Retry-After", "2");
            ErrorBodies.write(json, response, 429, reason.getMessage(), Map.of("code", ErrorCode.RATE_LIMITED.name(), "retryAfterSeconds", 2));
            return;
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"migration-graph\"");
        String message = reason.getMessage() != null && request.getHeader("Authorization") != null ? reason.getMessage()
                : "This service needs an API key for reads; send it as Authorization: Bearer <key>.";
        ErrorBodies.write(json, response, 401, message, Map.of("code", ErrorCode.UNAUTHENTICATED.name()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException reason) throws IOException {
        ErrorBodies.write(json, response, 403, "This API key's roles do not allow this request.",
                Map.of("code", ErrorCode.FORBIDDEN.name()));
    }
}
