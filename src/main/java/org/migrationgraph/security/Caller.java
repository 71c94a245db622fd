package org.migrationgraph.security;

import java.security.Principal;
import java.util.OptionalLong;

/**
 * Who sent a GraphQL request, as GraphQL sees it: the API key's holder when a valid key came
 * with it, else its address. Kept in the request's GraphQLContext; {@link #clientId()} is what
 * rate limits count by.
 *
 * @param key     the verified key, or null for an anonymous caller
 * @param address the client's IP address (behind a proxy, what server.forward-headers-strategy makes of it)
 */
public record Caller(ApiKeyAuthentication key, String address) {

    /** The caller of a request whose principal (null when anonymous) and address are known. */
    public static Caller of(Principal principal, String address) {
        return new Caller(principal instanceof ApiKeyAuthentication key ? key : null, address);
    }

    /** "key:&lt;name&gt;" for a key holder, wherever they call from; "address:&lt;ip&gt;" for anyone else. */
    public String clientId() {
        return key != null ? "key:" + key.getName() : "address:" + address;
    }

    /** The key's own budget, if it has one; else the service's default applies. */
    public OptionalLong pointsPerMinute() {
        return key == null ? OptionalLong.empty() : key.pointsPerMinute();
    }

    /** The service's own request (its warm-up): no budget counts it, and the safelist lets it through. */
    public boolean serviceItself() {
        return key != null && key.serviceItself();
    }

    public boolean has(Role role) {
        return key != null && key.has(role);
    }
}
