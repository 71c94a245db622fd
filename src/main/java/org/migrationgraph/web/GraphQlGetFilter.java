package org.migrationgraph.web;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.migrationgraph.support.ErrorCode;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.migrationgraph.contract.TrustedOperation;
import org.migrationgraph.contract.TrustedOperations;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP GET for queries ({@code ?query=...&variables=...&operationName=...}), which
 * Spring for GraphQL leaves to applications (its route answers GET with 405). It runs the same
 * WebGraphQlHandler chain as POST, so limits, error codes and query stats apply alike, and
 * answers as the GraphQL over HTTP spec says: application/graphql-response+json unless the
 * client accepts only application/json, with 400 when the request could not be executed.
 */
@Component
class GraphQlGetFilter extends OncePerRequestFilter {

    static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    private final WebGraphQlHandler handler;
    private final JsonMapper json;
    private final TrustedOperations trusted;

    GraphQlGetFilter(WebGraphQlHandler handler, JsonMapper json, TrustedOperations trusted) {
        this.handler = handler;
        this.json = json;
        this.trusted = trusted;
    }

    /** Only plain GETs on /graphql; a WebSocket upgrade (also a GET) goes on to the subscription handler. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !"/graphql".equals(request.getRequestURI())
                || "websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        MediaType mediaType;
        try {
            mediaType = negotiate(request);
        } catch (InvalidMediaTypeException e) {
            // Audit 1.20: a malformed Accept header was a 500 with an empty body.
            write(response, MediaType.APPLICATION_JSON, 406, Map.of("errors", List.of(Map.of("message",
                    "The Accept header '" + request.getHeader(HttpHeaders.ACCEPT) + "' is not a list of media types; "
                            + "send application/graphql-response+json or application/json.",
                    "extensions", Map.of("code", ErrorCode.BAD_USER_INPUT.name())))));
            return;
        }
        Map<String, Object> body = new HashMap<>();
        try {
            putJson(body, "variables", request.getParameter("variables"));
            putJson(body, "extensions", request.getParameter("extensions"));
        } catch (RuntimeException e) {
            refuse(response, mediaType, "'variables' and 'extensions' must be URL-encoded JSON objects.");
            return;
        }
        String query = request.getParameter("query");
        if (query == null || query.isBlank()) {
            // A persisted query (the point of GET for caches): its document, when known, decides whether GET may run it.
            query = persisted(body).orElse(null);
        }
        if (query == null || query.isBlank()) {
            refuse(response, mediaType, "Add the GraphQL document as the 'query' URL parameter, e.g. /graphql?query={stats{entities}}, "
                    + "or a persisted query's hash as extensions={\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"...\"}}.");
            return;
        }
        body.put("query", query);
        putIfPresent(body, "operationName", request.getParameter("operationName"));
        if (!isQuery(query, request.getParameter("operationName"))) {
            // GraphQL over HTTP: a GET must not run a mutation (nor open a subscription): 405, POST allowed.
            response.setHeader(HttpHeaders.ALLOW, "POST");
            write(response, mediaType, 405, Map.of("errors", List.of(Map.of("message",
                    "Only queries can be sent with GET; send mutations with POST and subscriptions over the WebSocket at /graphql.",
                    "extensions", Map.of("code", ErrorCode.BAD_USER_INPUT.name())))));
            return;
        }
        WebGraphQlResponse result = handler.handleRequest(new WebGraphQlRequest(URI.create(request.getRequestURL().toString()),
                headers(request), new LinkedMultiValueMap<>(), new HashMap<>(), body, UUID.randomUUID().toString(),
                request.getLocale() == null ? Locale.getDefault() : request.getLocale())).block();
        boolean failedWhole = result == null || !result.isValid();
        if (result != null) {
            // The same answer headers as over POST (X-Response-Cache and any an interceptor sets).
            result.getResponseHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        }
        write(response, mediaType, mediaType.equals(GRAPHQL_RESPONSE) && failedWhole ? 400 : 200,
                result == null ? Map.of() : result.toMap());
    }

    /**
     * Whether the operation to run is a query. A document that does not parse counts as one: the
     * handler then answers it with the usual GRAPHQL_PARSE_FAILED error.
     */
    static boolean isQuery(String document, String operationName) {
        try {
            List<OperationDefinition> operations = Parser.parse(document).getDefinitionsOfType(OperationDefinition.class);
            return operations.stream()
                    .filter(o -> operationName == null || operationName.isEmpty() || operationName.equals(o.getName()))
                    .findFirst()
                    .map(o -> o.getOperation() == OperationDefinition.Operation.QUERY)
                    .orElse(true);
        } catch (InvalidSyntaxException e) {
            // Also a document over the parser's limits (its ParseCancelledException is a subclass).
            return true;
        }
    }

    /** The document a persisted query's hash or name stands for, when this service knows it. */
    private java.util.Optional<String> persisted(Map<String, Object> body) {
        if (body.get("extensions") instanceof Map<?, ?> extensions && extensions.get("persistedQuery") instanceof Map<?, ?> persisted) {
            Object key = persisted.get("sha256Hash") != null ? persisted.get("sha256Hash") : persisted.get("id");
            return key instanceof String k ? trusted.find(k).map(TrustedOperation::document) : java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    private void putJson(Map<String, Object> body, String name, String value) {
        if (value != null && !value.isBlank()) {
            body.put(name, json.readValue(value, Map.class));
        }
    }

    private static void putIfPresent(Map<String, Object> body, String name, String value) {
        if (value != null && !value.isEmpty()) {
            body.put(name, value);
        }
    }

    private static HttpHeaders headers(HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        for (String name : java.util.Collections.list(request.getHeaderNames())) {
            headers.addAll(name, java.util.Collections.list(request.getHeaders(name)));
        }
        return headers;
    }

    private void refuse(HttpServletResponse response, MediaType mediaType, String message) throws IOException {
        write(response, mediaType, 400, Map.of("errors",
                List.of(Map.of("message", message, "extensions", Map.of("code", ErrorCode.BAD_USER_INPUT.name())))));
    }

    private void write(HttpServletResponse response, MediaType mediaType, int status, Map<String, Object> body) throws IOException {
        response.setStatus(status);
        response.setContentType(mediaType + ";charset=UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }

    /** application/json only when the client accepts it and not the GraphQL response media type. */
    private static MediaType negotiate(HttpServletRequest request) {
        List<MediaType> accepted = MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT));
        boolean jsonOnly = accepted.stream().anyMatch(MediaType.APPLICATION_JSON::equalsTypeAndSubtype)
                && accepted.stream().noneMatch(GRAPHQL_RESPONSE::equalsTypeAndSubtype);
        return jsonOnly ? MediaType.APPLICATION_JSON : GRAPHQL_RESPONSE;
    }
}
