package org.migrationgraph.support;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refusal written before GraphQL runs (a filter or an exception resolver), in the same shape
 * as GraphQL's own errors: {@code {"errors": [{"message", "extensions": {"code", ...}}]}}.
 */
public final class ErrorBodies {

    private ErrorBodies() {
    }

    public static void write(JsonMapper json, HttpServletResponse response, int status, String message,
                      Map<String, Object> extensions) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Map.of("errors", List.of(Map.of("message", message, "extensions", extensions))));
    }
}
