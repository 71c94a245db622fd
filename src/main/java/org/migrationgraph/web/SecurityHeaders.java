package org.migrationgraph.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The OWASP baseline headers on every answer (reliability audit 4.2 found none). The content
 * policy allows what the explorer and GraphiQL pages load, all from this service: scripts only
 * from files of its own (no inline script, no eval), styles also inline (GraphiQL's page and the
 * explorer's style attributes), requests only back to this origin, and no framing by anyone,
 * except /embed, which this service and the origins of {@code migration-graph.explorer.embed-origins}
 * may frame (and which, for that, carries no X-Frame-Options: the header cannot name origins).
 * First of all filters, so refusals (413) carry the headers too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = policy("'none'");

    private final String embedPolicy;

    SecurityHeaders(EmbedProperties embedding) {
        this.embedPolicy = policy(embedding.frameAncestors());
    }

    private static String policy(String frameAncestors) {
        return String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors " + frameAncestors);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean embed = EmbedPage.PATH.equals(request.getRequestURI());
        response.setHeader("Content-Security-Policy", embed ? embedPolicy : CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (!embed) {
            response.setHeader("X-Frame-Options", "DENY");
        }
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }
}
