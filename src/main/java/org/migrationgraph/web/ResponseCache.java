package org.migrationgraph.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import org.migrationgraph.change.GraphChanges;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a repeated read query from memory until the graph changes. The graph is read far more
 * than it is written (dashboards poll the same queries), so an answer stays right until a
 * writer publishes a change, which empties the cache. Only error-free query results are kept.
 * Skipped for subscriptions, for {@code Cache-Control: no-cache} (a client that wants a fresh
 * execution) and for {@code X-Query-Stats: true} (the statistics describe an execution). Each
 * HTTP answer says {@code X-Response-Cache: hit} or {@code miss}.
 */
@Component
// After the trusted-operations check (contract.TrustedOperationsInterceptor), which must refuse a
// document in safelist mode even when an admin's run of it left an answer here.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@EnableConfigurationProperties(ResponseCacheProperties.class)
class ResponseCache implements WebGraphQlInterceptor {

    static final String HEADER = "X-Response-Cache";


    /**
     * A digest of everything that decides the answer (document, operation name, variables,
     * extensions), not those values themselves: a request's 50 MB of unused variables must not
     * stay in memory as part of a key.
     */
    record Key(String digest) {
    }

    /** An answer, its size as JSON (its weight against the cache's byte budget) and the graph version it reflects. */
    private record Entry(ExecutionResult result, int bytes, long generation) {
    }

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private final GraphChanges changes;
    private final boolean enabled;
    private final Cache<Key, Entry> answers;

    ResponseCache(GraphChanges changes, ResponseCacheProperties properties) {
        this.changes = changes;
        this.enabled = properties.enabled();
        this.answers = Caffeine.newBuilder().maximumWeight(properties.maxSize().toBytes())
                .weigher((Key key, Entry entry) -> entry.bytes()).expireAfterWrite(properties.ttl()).build();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!cacheable(request)) {
            return chain.next(request);
        }
        Key key = keyOf(request);
        long generation = changes.generation();
        Entry entry = answers.getIfPresent(key);
        if (entry != null && entry.generation() == generation) {
            return Mono.just(fromCache(request, entry.result()));
        }
        return chain.next(request).map(response -> {
            if (response.isValid() && response.getErrors().isEmpty() && isQuery(response) && changes.generation() == generation
                    && !org.migrationgraph.support.PrivateAnswer.isMarked(response.getExecutionInput().getGraphQLContext())) {
                answers.put(key, new Entry(response.getExecutionResult(), jsonSize(response.getExecutionResult()), generation));
            }
            response.getResponseHeaders().set(HEADER, "miss");
            return response;
        });
    }

    private static Key keyOf(WebGraphQlRequest request) {
        return keyOf(request.getDocument(), request.getOperationName(), request.getVariables(), request.getExtensions());
    }

    /** The same for the same request whatever the order of its map entries; 64 hex digits whatever its size. */
    static Key keyOf(String document, String operationName, Map<String, Object> variables, Map<String, Object> extensions) {
        MessageDigest sha256 = sha256();
        for (Object part : new Object[] {document, operationName, variables, extensions}) {
            sha256.update(canonicalJson(part));
            sha256.update((byte) 0);
        }
        return new Key(HexFormat.of().formatHex(sha256.digest()));
    }

    private static byte[] canonicalJson(Object value) {
        try {
            return CANONICAL.writeValueAsBytes(value);
        } catch (JacksonException e) {
            throw new IllegalStateException("A GraphQL request that is not JSON again: " + e.getMessage(), e);
        }
    }

    private static int jsonSize(ExecutionResult result) {
        return canonicalJson(result.toSpecification()).length;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the answer kept under this key weighs, in bytes of JSON; empty when none is kept. */
    OptionalInt weightOf(Key key) {
        return answers.policy().eviction().orElseThrow().weightOf(key);
    }

    private boolean cacheable(WebGraphQlRequest request) {
        if (!enabled || request instanceof WebSocketGraphQlRequest) {
            return false;
        }
        var headers = request.getHeaders();
        String cacheControl = Objects.toString(headers.getFirst("Cache-Control"), "");
        return !cacheControl.contains("no-cache") && !cacheControl.contains("no-store")
                && !"true".equalsIgnoreCase(headers.getFirst(ApiInterceptor.STATS_HEADER));
    }

    private static boolean isQuery(WebGraphQlResponse response) {
        QueryStats stats = response.getExecutionInput().getGraphQLContext().get(QueryStats.class);
        return stats != null && stats.isQuery();
    }

    private static WebGraphQlResponse fromCache(WebGraphQlRequest request, ExecutionResult result) {
        WebGraphQlResponse response = new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
        response.getResponseHeaders().set(HEADER, "hit");
        return response;
    }
}
