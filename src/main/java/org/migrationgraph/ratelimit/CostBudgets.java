package org.migrationgraph.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.migrationgraph.security.Caller;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Every client's budget. A budget left alone for two minutes has refilled and is dropped, so
 * the map holds recent clients only (and at most 100,000 of them). The service's own requests to
 * itself (the start-up warm-up) spend none: they carry this process's secret in
 * {@value #OWN_REQUEST}. Under the anonymous budget the warm-up's rounds from 127.0.0.1 were
 * refused with RATE_LIMITED within seconds and warmed nothing. The secret is made from
 * SecureRandom at start, kept in memory and sent over loopback only.
 */
@Component
@EnableConfigurationProperties(RateLimitProperties.class)
public class CostBudgets {

    private final RateLimitProperties properties;
    private final Cache<String, ClientBudget> budgets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(2)).build();

    /** The header of the service's own requests, whose value is {@link #ownRequestToken()}. */
    public static final String OWN_REQUEST = "X-Migration-Graph-Own-Request";

    private final String ownToken;

    CostBudgets(RateLimitProperties properties) {
        this.properties = properties;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.ownToken = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** What the service's own requests send in {@link #OWN_REQUEST}. */
    public String ownRequestToken() {
        return ownToken;
    }

    /** The budget of a caller whose request carried {@code ownRequest} in {@link #OWN_REQUEST} (null if none). */
    public Optional<ClientBudget> of(Caller caller, String ownRequest) {
        boolean own = ownRequest != null && MessageDigest.isEqual(ownRequest.getBytes(StandardCharsets.UTF_8),
                ownToken.getBytes(StandardCharsets.UTF_8));
        return own ? Optional.empty() : of(caller);
    }

    /** The caller's budget, or empty when rate limiting is off. */
    public Optional<ClientBudget> of(Caller caller) {
        if (!properties.enabled()) {
            return Optional.empty();
        }
        return Optional.of(budgets.get(caller.clientId(), id -> new ClientBudget(caller.pointsPerMinute().orElse(properties.pointsPerMinute()))));
    }

    /** The refusal's message, the same over HTTP and WebSocket. */
    public static String refusal(Duration wait) {
        return "This client has spent its query budget for now; retry in " + seconds(wait)
                + " s. Cheaper queries (smaller pages, fewer nested lists) spend less; X-RateLimit-Remaining says what is left.";
    }

    /** Whole seconds, rounded up: what Retry-After carries. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
