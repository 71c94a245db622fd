package org.migrationgraph.security;

import org.migrationgraph.support.ApiPaths;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side of access control: a Bearer key, when sent, is checked on every request
 * (WebSocket handshakes included); reads are public unless
 * {@code migration-graph.security.reads-require-key}; everything else (mutations, health
 * details) is decided by role further in (MutationAccess, the health endpoint's roles). No
 * sessions, cookies, CSRF tokens, login pages or Basic auth: a key per request is the only
 * credential. Security headers come from web.SecurityHeaders, which runs before this chain so
 * that its refusals carry them too.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeys keys, SecurityProperties properties, OwnRequests own, JsonMapper json)
            throws Exception {
        CodedRefusals refusals = new CodedRefusals(json);
        AuthenticationManager manager = presented -> BearerKey.verifiedBy(keys, presented);
        AuthenticationFilter bearer = new AuthenticationFilter(manager, BearerKey.CONVERTER);
        bearer.setSuccessHandler((request, response, authentication) -> {
            // carry on down the chain: no redirect, no session
        });
        AuthenticationEntryPointFailureHandler failures = new AuthenticationEntryPointFailureHandler(refusals);
        // By default a key that could not be checked (not a wrong one) escaped as an empty 500.
        failures.setRethrowAuthenticationServiceException(false);
        bearer.setFailureHandler(failures);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
                .addFilterAfter(own.filter(), AnonymousAuthenticationFilter.class)   // after the key: the secret decides
                .exceptionHandling(errors -> errors.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .authorizeHttpRequests(requests -> {
                    // CORS is Spring MVC's (spring.graphql.cors.*); a preflight carries no key, so it passes here.
                    requests.requestMatchers(HttpMethod.OPTIONS, "/graphql").permitAll();
                    if (properties.readsRequireKey()) {
                        requests.requestMatchers(ApiPaths.patterns()).hasAuthority(Role.READER.authority());
                    }
                    requests.anyRequest().permitAll();
                });
        return http.build();
    }

    /** No users or passwords exist; this only stops Boot from generating a default user and logging its password. */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }
}
