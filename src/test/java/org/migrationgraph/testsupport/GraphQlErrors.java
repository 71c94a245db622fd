package org.migrationgraph.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.graphql.test.tester.GraphQlTester;

/** Assertions on the one error a response must carry. */
public final class GraphQlErrors {

    private GraphQlErrors() {
    }

    public static void expectError(GraphQlTester.Response response, String code, String message) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.getExtensions()).containsEntry("code", code);
            assertThat(e.getMessage()).isEqualTo(message);
        }));
    }
}
