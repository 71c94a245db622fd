package org.migrationgraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The service's requests to itself (the start-up warm-up): they carry this process's secret in
 * {@value #HEADER} and are authenticated as {@link ApiKeyAuthentication#ofServiceItself()}, a
 * reader that no rate limit counts and the safelist lets through. Without that, the warm-up was
 * refused wherever the service is locked down (reads-require-key: UNAUTHENTICATED; safelist
 * mode: OPERATION_NOT_TRUSTED; the anonymous budget: RATE_LIMITED within seconds) and warmed
 * nothing. The secret is made from SecureRandom at start, kept in memory and sent over loopback
 * only; a wrong value is ignored like any unknown header.
 */
@Component
public class OwnRequests {

    /** The header of the service's own requests, whose value is {@link #token()}. */
    public static final String HEADER = "X-Migration-Graph-Own-Request";

    private final byte[] token;

    OwnRequests() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret).getBytes(StandardCharsets.UTF_8);
    }

    /** What the service's own requests send in {@link #HEADER}. */
    public String token() {
        return new String(token, StandardCharsets.UTF_8);
    }

    boolean isOwn(String header) {
        return header != null && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8), token);
    }

    /** In the security chain after the Bearer key and the anonymous caller: a request with the secret is the service itself. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (isOwn(request.getHeader(HEADER))) {
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(ApiKeyAuthentication.ofServiceItself());
                    SecurityContextHolder.setContext(context);
                }
                chain.doFilter(request, response);
            }
        };
    }
}
