package org.migrationgraph.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * The key a request presents in {@code Authorization: Bearer <key>}, not yet checked. No header
 * means an anonymous caller; any other scheme, or an empty key, is refused rather than ignored,
 * so a misconfigured client hears about it.
 */
final class BearerKey extends AbstractAuthenticationToken {

    private static final String SCHEME = "Bearer ";

    private final String key;

    private BearerKey(String key) {
        super(List.of());
        this.key = key;
    }

    @Override
    public Object getCredentials() {
        return key;
    }

    @Override
    public Object getPrincipal() {
        return null;
    }

    /** Reads the header; null when there is none (the caller stays anonymous). */
    static final AuthenticationConverter CONVERTER = (HttpServletRequest request) -> {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return null;
        }
        if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length()) || header.substring(SCHEME.length()).isBlank()) {
            throw new BadCredentialsException("The Authorization header must be 'Bearer <key>'; other schemes are not accepted.");
        }
        return new BearerKey(header.substring(SCHEME.length()).trim());
    };

    static Authentication verifiedBy(ApiKeys keys, Authentication presented) {
        return keys.verify((String) presented.getCredentials());
    }
}
