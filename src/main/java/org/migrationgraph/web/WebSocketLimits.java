package org.migrationgraph.web;

import java.net.InetAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.migrationgraph.support.ErrorCode;
import org.reactivestreams.Publisher;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Bounds what one client holds open over the WebSocket (audit 3.3, 3.4: 200 connections and
 * 10,000 subscriptions on one connection were all accepted): at most {@link #MAX_CONNECTIONS}
 * connections per address, and at most {@link #MAX_OPERATIONS} operations running at once on
 * one connection. A connection over the limit is refused at its connection_init; an operation
 * over the limit gets a coded error and the others go on.
 */
@Component
class WebSocketLimits implements WebSocketGraphQlInterceptor {

    static final int MAX_CONNECTIONS = 10;
    static final int MAX_OPERATIONS = 20;

    private final Map<InetAddress, AtomicInteger> connections = new ConcurrentHashMap<>();
    private final Map<String, InetAddress> counted = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> running = new ConcurrentHashMap<>();

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
        InetAddress address = session.getRemoteAddress() == null ? InetAddress.getLoopbackAddress()
                : session.getRemoteAddress().getAddress();
        int open = connections.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
        if (open > MAX_CONNECTIONS) {
            connections.get(address).decrementAndGet();
            return Mono.error(new IllegalStateException("At most " + MAX_CONNECTIONS
                    + " WebSocket connections per client; close one, or run several subscriptions on one connection."));
        }
        counted.put(session.getId(), address);
        return Mono.empty();
    }

    @Override
    public void handleConnectionClosed(WebSocketSessionInfo session, int statusCode, Map<String, Object> payload) {
        InetAddress address = counted.remove(session.getId());
        if (address != null) {
            connections.computeIfPresent(address, (a, count) -> count.decrementAndGet() <= 0 ? null : count);
        }
        running.remove(session.getId());
    }

    @Override
    public Mono<Void> handleCancelledSubscription(WebSocketSessionInfo session, String subscriptionId) {
        Set<String> ids = running.get(session.getId());
        if (ids != null) {
            ids.remove(subscriptionId);
        }
        return Mono.empty();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!(request instanceof WebSocketGraphQlRequest socket)) {
            return chain.next(request);
        }
        String session = socket.getSessionInfo().getId();
        Set<String> ids = running.computeIfAbsent(session, s -> ConcurrentHashMap.newKeySet());
        if (ids.size() >= MAX_OPERATIONS) {
            return Mono.just(refused(request));
        }
        ids.add(request.getId());
        return chain.next(request)
                .map(response -> response.getData() instanceof Publisher<?> stream
                        ? response.transform(builder -> builder.data(Flux.from(stream).doFinally(s -> ids.remove(request.getId()))))
                        : finished(response, ids, request.getId()))
                .doOnError(error -> ids.remove(request.getId()));
    }

    private static WebGraphQlResponse finished(WebGraphQlResponse response, Set<String> ids, String id) {
        ids.remove(id);
        return response;
    }

    private static WebGraphQlResponse refused(WebGraphQlRequest request) {
        var error = GraphqlErrorBuilder.newError().message("At most " + MAX_OPERATIONS
                        + " operations may run at once on one connection; complete one first.")
                .errorType(ErrorType.BAD_REQUEST)
                .extensions(Map.of("code", ErrorCode.QUERY_TOO_COMPLEX.name(), "classification", ErrorType.BAD_REQUEST.name()))
                .build();
        ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }
}
