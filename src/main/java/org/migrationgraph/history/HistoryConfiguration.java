package org.migrationgraph.history;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.neo4j.config.EnableNeo4jAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Auditing takes the author from the API key that made the change. */
@Configuration(proxyBeanMethods = false)
@EnableNeo4jAuditing(auditorAwareRef = "apiKeyAuthor")
class HistoryConfiguration {

    @Bean
    AuditorAware<String> apiKeyAuthor() {
        return () -> Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated).map(Authentication::getName);
    }
}
