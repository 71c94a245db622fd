package org.migrationgraph.support;

import java.util.Map;

/**
 * An expected failure with a message written for the API user, and optionally more for a
 * program to act on (the argument at fault, the nearest valid values) as error extensions.
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final Map<String, Object> extensions;

    public ApiException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public ApiException(ErrorCode code, String message, Map<String, Object> extensions) {
        super(message);
        this.code = code;
        this.extensions = Map.copyOf(extensions);
    }

    public static ApiException badInput(String message) {
        return new ApiException(ErrorCode.BAD_USER_INPUT, message);
    }

    public ErrorCode code() {
        return code;
    }

    /** What the error's extensions carry besides code and classification. */
    public Map<String, Object> extensions() {
        return extensions;
    }
}
