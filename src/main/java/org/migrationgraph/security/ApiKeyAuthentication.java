package org.migrationgraph.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A caller who sent a valid API key: its name and roles, each role with the ones it includes
 * (an editor also has ROLE_READER), so every check, Spring's and ours, sees the same flat list.
 * Or the service itself ({@link OwnRequests}), whose key is the process's secret.
 */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    /** The name the service's own requests go by, in logs and in {@code viewer}. */
    static final String SERVICE_ITSELF = "migration-graph itself";

    private final String name;
    private final Set<Role> roles;
    private final Long pointsPerMinute;
    private final boolean serviceItself;

    ApiKeyAuthentication(String name, Set<Role> configured, Long pointsPerMinute) {
        this(name, configured, pointsPerMinute, false);
    }

    private ApiKeyAuthentication(String name, Set<Role> configured, Long pointsPerMinute, boolean serviceItself) {
        super(authorities(configured));
        this.name = name;
        this.pointsPerMinute = pointsPerMinute;
        this.serviceItself = serviceItself;
        this.roles = configured.stream().flatMap(role -> role.withIncluded().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        setAuthenticated(true);
    }

    private static Collection<GrantedAuthority> authorities(Set<Role> configured) {
        return configured.stream().flatMap(role -> role.withIncluded().stream()).distinct()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
    }

    /** The key's name, as configured: who is calling. */
    @Override
    public String getName() {
        return name;
    }

    @Override
    public Object getPrincipal() {
        return name;
    }

    /** The key itself is never kept. */
    @Override
    public Object getCredentials() {
        return null;
    }

    /** The key's own query budget per minute, when configured. */
    public OptionalLong pointsPerMinute() {
        return pointsPerMinute == null ? OptionalLong.empty() : OptionalLong.of(pointsPerMinute);
    }

    /** The service's requests to itself: a reader with no rate limit that the safelist lets through. */
    static ApiKeyAuthentication ofServiceItself() {
        return new ApiKeyAuthentication(SERVICE_ITSELF, Set.of(Role.READER), null, true);
    }

    /** The service's own request (its warm-up), not a client's. */
    public boolean serviceItself() {
        return serviceItself;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
