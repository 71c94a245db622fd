package org.migrationgraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a presented key against the configured bcrypt hashes. A bcrypt check costs a third of
 * a second of CPU on purpose, so each outcome is remembered for a while under the key's SHA-256
 * digest (never the key): a valid key for 10 minutes, an invalid one for 1 minute. Checks that
 * miss the cache run one at a time, so a client sending random keys occupies at most one core.
 */
@Component
class ApiKeys {

    private static final Duration CHECK_WAIT = Duration.ofSeconds(5);
    /** Why a request was turned away while many new keys were being checked; answered as 429 (CodedRefusals). */
    static final String BUSY = "Too many new API keys are being checked at once; retry in a few seconds.";

    private final List<SecurityProperties.ApiKey> keys;
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    private final Semaphore checks = new Semaphore(1, true);
    private final ConcurrentHashMap<String, CompletableFuture<Optional<ApiKeyAuthentication>>> inFlight = new ConcurrentHashMap<>();
    private final Cache<String, ApiKeyAuthentication> valid = Caffeine.newBuilder()
            .maximumSize(1_000).expireAfterWrite(Duration.ofMinutes(10)).build();
    private final Cache<String, Boolean> invalid = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(1)).build();

    ApiKeys(SecurityProperties properties) {
        this.keys = properties.keys();
    }

    /** Whether any key is configured; with none, nobody can write. */
    boolean configured() {
        return !keys.isEmpty();
    }

    /** The key's holder and roles, or BadCredentialsException saying why not. */
    ApiKeyAuthentication verify(String presented) {
        String digest = sha256(presented);
        ApiKeyAuthentication known = valid.getIfPresent(digest);
        if (known != null) {
            return known;
        }
        if (invalid.getIfPresent(digest) == null) {
            Optional<ApiKeyAuthentication> checked = checkOnce(digest, presented);
            if (checked.isPresent()) {
                valid.put(digest, checked.get());
                return checked.get();
            }
            invalid.put(digest, true);
        }
        throw new BadCredentialsException(configured()
                ? "The API key is not valid. Send a key you were given, as Authorization: Bearer <key>."
                : "This service has no API keys configured, so no key is valid; public reads need none. "
                        + "To allow writes, configure migration-graph.security.keys (" + SecurityProperties.HOW_TO_HASH + ").");
    }

    /**
     * Requests that arrive together with the same new key share one check: eight curators' first
     * requests with one key cost one bcrypt, not eight queued ones (measured: the queued ones ran
     * past the wait and were refused).
     */
    private Optional<ApiKeyAuthentication> checkOnce(String digest, String presented) {
        CompletableFuture<Optional<ApiKeyAuthentication>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<ApiKeyAuthentication>> running = inFlight.putIfAbsent(digest, mine);
        if (running != null) {
            try {
                return running.get(CHECK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AuthenticationServiceException("Interrupted while checking the API key; retry.");
            } catch (ExecutionException | TimeoutException e) {
                throw new AuthenticationServiceException(BUSY);
            }
        }
        try {
            Optional<ApiKeyAuthentication> checked = checkOneAtATime(presented);
            mine.complete(checked);
            return checked;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(digest, mine);
        }
    }

    private Optional<ApiKeyAuthentication> checkOneAtATime(String presented) {
        try {
            if (!checks.tryAcquire(CHECK_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AuthenticationServiceException(BUSY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthenticationServiceException("Interrupted while checking the API key; retry.");
        }
        try {
            return keys.stream().filter(key -> bcrypt.matches(presented, key.hash())).findFirst()
                    .map(key -> new ApiKeyAuthentication(key.name(), key.roles(), key.pointsPerMinute()));
        } finally {
            checks.release();
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
