package org.migrationgraph.web;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.language.OperationDefinition;
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

    /**
     * Keyed by the document text; Caffeine evicts what is used least when the bound is reached.
     * Documents with a mutation are never kept: security.MutationAccess checks the caller while
     * graphql-java validates, and a kept entry skips validation, so an editor's cached mutation
     * would let the next caller's through. Mutations are rare, and parsing one again is cheap.
     * Neither are documents that failed to parse (they have none to check).
     */
    static final class CaffeineProvider implements PreparsedDocumentProvider {

        private final Cache<String, PreparsedDocumentEntry> entries = Caffeine.newBuilder().maximumSize(SIZE).build();

        @Override
        public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
            PreparsedDocumentEntry kept = entries.getIfPresent(input.getQuery());
            if (kept != null) {
                return CompletableFuture.completedFuture(kept);
            }
            PreparsedDocumentEntry entry = parseAndValidate.apply(input);
            if (entry.getDocument() != null && !hasMutation(entry.getDocument())) {
                entries.put(input.getQuery(), entry);
            }
            return CompletableFuture.completedFuture(entry);
        }

        private static boolean hasMutation(Document document) {
            return document.getDefinitionsOfType(OperationDefinition.class).stream()
                    .anyMatch(op -> op.getOperation() == OperationDefinition.Operation.MUTATION);
        }
    }
}
