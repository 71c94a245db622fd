package org.migrationgraph.contract;

import java.util.Map;
import java.util.Optional;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import org.migrationgraph.security.ApiKeyAuthentication;
import org.migrationgraph.security.Role;
import org.migrationgraph.support.ErrorCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import reactor.core.publisher.Mono;

/**
 * Persisted queries the Apollo way ({@code extensions.persistedQuery.sha256Hash}, or
 * {@code .id} for a trusted operation's name): a request with the hash alone runs the document
 * registered under it, or is answered {@code PERSISTED_QUERY_NOT_FOUND} so the client sends the
 * text once; a hash that does not match its text is refused. In safelist mode
 * ({@code migration-graph.api.safelist=true}) a document runs only if it is a trusted
 * operation, whether sent by hash, name or in full; keys with the {@code admin} role are exempt,
 * so an operator can still explore and register operations, and so is the service's own
 * warm-up ({@code security.OwnRequests}), which would otherwise warm nothing. Runs before the
 * response cache: an answer an admin's query left there must not reach a caller the safelist
 * refuses.
 */
@org.springframework.stereotype.Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrustedOperationsInterceptor implements WebGraphQlInterceptor {

    private final TrustedOperations operations;

    TrustedOperationsInterceptor(TrustedOperations operations) {
        this.operations = operations;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Object persisted = request.getExtensions().get("persistedQuery");
        String text = request.getDocument();
        boolean hasText = text != null && !text.isBlank() && !PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(text);
        if (persisted instanceof Map<?, ?> query) {
            return byReference(request, chain, query, hasText ? text : null);
        }
        if (persisted != null) {
            return Mono.just(refused(request, ErrorCode.BAD_USER_INPUT, "extensions.persistedQuery must be an object such as "
                    + "{\"version\": 1, \"sha256Hash\": \"<64 hex digits>\"} or {\"id\": \"<operation name>\"}."));
        }
        if (operations.safelist() && hasText && operations.find(TrustedOperation.hashOf(text)).isEmpty()) {
            return unlessExempt(request, chain);
        }
        return chain.next(request);
    }

    private Mono<WebGraphQlResponse> byReference(WebGraphQlRequest request, Chain chain, Map<?, ?> query, String text) {
        String hash = query.get("sha256Hash") instanceof String h ? h.toLowerCase() : null;
        String key = hash != null ? hash : query.get("id") instanceof String id ? id : null;
        if (key == null) {
            return Mono.just(refused(request, ErrorCode.BAD_USER_INPUT,
                    "extensions.persistedQuery needs a sha256Hash (the SHA-256 of the document, 64 hex digits) or an id (a trusted operation's name)."));
        }
        if (text != null) {
            if (hash != null && !hash.equals(TrustedOperation.hashOf(text))) {
                return Mono.just(refused(request, ErrorCode.BAD_USER_INPUT, "extensions.persistedQuery.sha256Hash is not the SHA-256 of "
                        + "the document sent; hash the document's exact UTF-8 text (lower-case hex)."));
            }
            // Trust follows the text actually sent, never the name it claims.
            if (operations.find(TrustedOperation.hashOf(text)).isPresent()) {
                return chain.next(request);
            }
            if (operations.safelist()) {
                return unlessExempt(request, chain);
            }
            if (hash != null) {
                operations.remember(hash, text);
            }
            return chain.next(request);
        }
        Optional<TrustedOperation> operation = operations.find(key);
        if (operation.isEmpty()) {
            return Mono.just(refused(request, ErrorCode.PERSISTED_QUERY_NOT_FOUND, "No operation is known here by '" + key
                    + "'; send the document in 'query' with the same extensions once"
                    + (operations.safelist() ? " after an admin registered it (registerTrustedOperation)." : ", or register it as a trusted operation.")));
        }
        String document = operation.get().document();
        request.configureExecutionInput((input, builder) -> builder.query(document).build());
        return chain.next(request);
    }

    private Mono<WebGraphQlResponse> unlessExempt(WebGraphQlRequest request, Chain chain) {
        return isExempt(request).flatMap(exempt -> exempt ? chain.next(request) : Mono.just(refused(request, ErrorCode.OPERATION_NOT_TRUSTED,
                "This service runs in safelist mode: only trusted operations run. Call one by name or hash "
                        + "(extensions.persistedQuery), or ask an admin to register this document (registerTrustedOperation).")));
    }

    private static Mono<Boolean> isExempt(WebGraphQlRequest request) {
        if (request instanceof WebSocketGraphQlRequest socket) {
            return socket.getSessionInfo().getPrincipal().map(TrustedOperationsInterceptor::exempt).defaultIfEmpty(false);
        }
        return Mono.just(exempt(SecurityContextHolder.getContext().getAuthentication()));
    }

    /** An admin, or the service's own warm-up, whose operations are its explorer's and an operator's file. */
    private static boolean exempt(Object principal) {
        return principal instanceof ApiKeyAuthentication key && (key.has(Role.ADMIN) || key.serviceItself());
    }

    private static WebGraphQlResponse refused(WebGraphQlRequest request, ErrorCode code, String message) {
        ExecutionResult result = ExecutionResult.newExecutionResult().addError(GraphqlErrorBuilder.newError().message(message)
                .errorType(ErrorType.BAD_REQUEST).extensions(Map.of("code", code.name(), "classification", ErrorType.BAD_REQUEST.name()))
                .build()).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }
}
