package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.language.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.graphql.ResponseError;
import org.springframework.http.HttpStatus;

class StatusByErrorCodeTest {

    private static ResponseError withCode(String code) {
        return new ResponseError() {
            public String getMessage() {
                return "an error";
            }

            public ErrorClassification getErrorType() {
                return null;
            }

            public String getPath() {
                return "";
            }

            public List<Object> getParsedPath() {
                return List.of();
            }

            public List<SourceLocation> getLocations() {
                return List.of();
            }

            public Map<String, Object> getExtensions() {
                return Map.of("code", code);
            }
        };
    }

    @ParameterizedTest
    @CsvSource({
            "TIMEOUT, GATEWAY_TIMEOUT",
            "DATABASE_UNAVAILABLE, SERVICE_UNAVAILABLE",
            "NOT_READY, SERVICE_UNAVAILABLE",
            "INTERNAL_ERROR, INTERNAL_SERVER_ERROR",
            "GRAPHQL_VALIDATION_FAILED, BAD_REQUEST",
            "GRAPHQL_PARSE_FAILED, BAD_REQUEST",
            "BAD_USER_INPUT, BAD_REQUEST",
            "QUERY_TOO_COMPLEX, BAD_REQUEST",
            "RESPONSE_TOO_LARGE, BAD_REQUEST"})
    void shouldAnswerAFailureOnTheServersSideWithA5xxAndAnythingElseAsSpringDoes(String code, HttpStatus status) {
        assertThat(StatusByErrorCode.statusOf(List.of(withCode(code), withCode("BAD_USER_INPUT")), HttpStatus.BAD_REQUEST)).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({"BAD_USER_INPUT", "TIMEOUT"})
    void shouldGoByTheFirstErrorOnly(String second) {
        assertThat(StatusByErrorCode.statusOf(List.of(withCode("GRAPHQL_VALIDATION_FAILED"), withCode(second)), HttpStatus.BAD_REQUEST))
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void shouldKeepSpringsStatusWithoutErrors() {
        assertThat(StatusByErrorCode.statusOf(List.of(), HttpStatus.BAD_REQUEST)).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
