package org.migrationgraph.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Dashboards send the same few documents again and again: keep the parsed and validated form
 * of the most recent ones so that graphql-java parses and validates each only once.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCache {

    static final int SIZE = 1_000;

    @Bean
    GraphQlSourceBuilderCustomizer documentCacheCustomizer() {
        PreparsedDocumentProvider provider = new LruProvider();
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
    }

    /** Least-recently-used entries go first; keyed by the document text. */
    static final class LruProvider implements PreparsedDocumentProvider {

        private final Map<String, PreparsedDocumentEntry> entries = Collections.synchronizedMap(
                new LinkedHashMap<>(64, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                        return size() > SIZE;
                    }
                });

        @Override
        public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
            PreparsedDocumentEntry entry = entries.get(input.getQuery());
            if (entry == null) {
                entry = parseAndValidate.apply(input);
                entries.put(input.getQuery(), entry);
            }
            return CompletableFuture.completedFuture(entry);
        }
    }
}
