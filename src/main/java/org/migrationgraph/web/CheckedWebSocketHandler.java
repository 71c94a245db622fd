package org.migrationgraph.web;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring for GraphQL's WebSocket handler, configured as Boot would, with every frame checked
 * first ({@link GraphQlWsMessages}): a frame that breaks the graphql-ws protocol closes the
 * connection with 4400 and its reason, and logs one line, instead of a 1011 and an ERROR stack trace.
 */
@Configuration(proxyBeanMethods = false)
class CheckedWebSocketHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CheckedWebSocketHandler.class);

    @Bean
    GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, GraphQlProperties properties,
                                                    GraphQlCorsProperties cors, JsonMapper json) {
        var websocket = properties.getWebsocket();
        CorsConfiguration origins = cors.toCorsConfiguration();
        var converter = new JacksonJsonHttpMessageConverter(json);
        return origins != null
                ? new Checked(handler, converter, websocket.getConnectionInitTimeout(), websocket.getKeepAlive(), origins, json)
                : new Checked(handler, converter, websocket.getConnectionInitTimeout(), websocket.getKeepAlive(), json);
    }

    private static final class Checked extends GraphQlWebSocketHandler {

        private final JsonMapper json;

        Checked(WebGraphQlHandler handler, JacksonJsonHttpMessageConverter converter, java.time.Duration initTimeout,
                java.time.Duration keepAlive, CorsConfiguration origins, JsonMapper json) {
            super(handler, converter, initTimeout, keepAlive, origins);
            this.json = json;
        }

        Checked(WebGraphQlHandler handler, JacksonJsonHttpMessageConverter converter, java.time.Duration initTimeout,
                java.time.Duration keepAlive, JsonMapper json) {
            super(handler, converter, initTimeout, keepAlive);
            this.json = json;
        }

        @Override
        protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
            Optional<String> problem = GraphQlWsMessages.problem(json, message.getPayload());
            if (problem.isPresent()) {
                LOG.info("WebSocket {} from {} closed with {}: {}", session.getId(), session.getRemoteAddress(),
                        GraphQlWsMessages.INVALID_MESSAGE, problem.get());
                session.close(new CloseStatus(GraphQlWsMessages.INVALID_MESSAGE, problem.get()));
                return;
            }
            super.handleTextMessage(session, message);
        }
    }
}
