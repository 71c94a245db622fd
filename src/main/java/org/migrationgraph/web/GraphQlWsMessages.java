package org.migrationgraph.web;

import java.util.Optional;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the graphql-ws protocol lets a client send, checked before Spring for GraphQL decodes a
 * frame: Spring's handler throws on a frame it cannot use, and Spring's WebSocket layer then
 * closes with 1011 (server error) and logs an ERROR with a stack trace for what is a client's
 * mistake (reliability audit 3.2). The protocol's answer is close code 4400 with a reason.
 */
final class GraphQlWsMessages {

    /** graphql-ws: "Invalid message received" closes with 4400. */
    static final int INVALID_MESSAGE = 4400;

    private static final Set<String> CLIENT_TYPES = Set.of("connection_init", "ping", "pong", "subscribe", "complete");

    private GraphQlWsMessages() {
    }

    /** Why a frame is not a message a client may send, or empty when it is. Short: it becomes the close reason. */
    static Optional<String> problem(JsonMapper json, String frame) {
        JsonNode message;
        try {
            message = json.readTree(frame);
        } catch (JacksonException e) {
            return Optional.of("Invalid message: not JSON");
        }
        if (message == null || !message.isObject()) {
            return Optional.of("Invalid message: not a JSON object");
        }
        String type = message.path("type").isString() ? message.path("type").asString() : null;
        if (type == null || !CLIENT_TYPES.contains(type)) {
            return Optional.of("Invalid message: type must be one of " + String.join(", ", CLIENT_TYPES.stream().sorted().toList()));
        }
        boolean needsId = type.equals("subscribe") || type.equals("complete");
        if (needsId && (!message.path("id").isString() || message.path("id").asString().isEmpty())) {
            return Optional.of("Invalid message: " + type + " needs a string id");
        }
        if (type.equals("subscribe") && !message.path("payload").path("query").isString()) {
            return Optional.of("Invalid message: subscribe needs payload.query, a string");
        }
        return Optional.empty();
    }
}
