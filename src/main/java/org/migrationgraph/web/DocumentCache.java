package org.migrationgraph.web;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Dashboards send the same few documents again and again: keep the parsed and validated form
 * of the most used ones (Caffeine, bounded) so that graphql-java parses and validates each only once.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCache {

    static final int SIZE = 1_000;

    @Bean
    GraphQlSourceBuilderCustomizer documentCacheCustomizer() {
        PreparsedDocumentProvider provider = new CaffeineProvider();
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
    }

    /** Keyed by the document text; Caffeine evicts what is used least when the bound is reached. */
    static final class CaffeineProvider implements PreparsedDocumentProvider {

        private final Cache<String, PreparsedDocumentEntry> entries = Caffeine.newBuilder().maximumSize(SIZE).build();

        @Override
        public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
            return CompletableFuture.completedFuture(entries.get(input.getQuery(), query -> parseAndValidate.apply(input)));
        }
    }
}
