package org.migrationgraph.web;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may show the explorer's embeddable view, /embed, in a frame ({@code migration-graph.explorer}).
 * Every other page keeps {@code frame-ancestors 'none'}.
 *
 * @param embedOrigins the origins (scheme, host and optional port, such as
 *                     {@code https://dashboard.example.org}) allowed to frame /embed besides this
 *                     service itself; empty by default, so only the service's own pages may frame it
 */
@ConfigurationProperties("migration-graph.explorer")
record EmbedProperties(@DefaultValue List<String> embedOrigins) {

    EmbedProperties {
        embedOrigins = List.copyOf(embedOrigins);
        embedOrigins.forEach(EmbedProperties::check);
    }

    /** The CSP source list of /embed's frame-ancestors: this service, then each configured origin. */
    String frameAncestors() {
        return String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of("'self'"), embedOrigins.stream()).toList());
    }

    /** An origin and nothing else: a header value built from anything more could be bent into another policy. */
    private static void check(String origin) {
        String hint = "migration-graph.explorer.embed-origins: \"" + origin + "\" is not an origin. Give scheme, host and "
                + "optional port only, such as https://dashboard.example.org or http://localhost:3000.";
        URI uri;
        try {
            uri = URI.create(origin);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(hint, e);
        }
        boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
        boolean bare = uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null
                && (uri.getRawPath() == null || uri.getRawPath().isEmpty());
        if (!web || !bare || origin.chars().anyMatch(c -> c <= ' ' || c == ';' || c == ',' || c == '\'')) {
            throw new IllegalArgumentException(hint);
        }
    }
}
