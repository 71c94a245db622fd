package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client that breaks the graphql-ws protocol is closed with 4400 and a reason, and the log
 * says so in one line (audit 3.2: 1011 and an ERROR stack trace per frame).
 */
@ExtendWith(OutputCaptureExtension.class)
class WebSocketProtocolIT extends GraphIntegrationTest {

    @LocalServerPort
    int port;

    /** The close code and reason after connection_init and then {@code frame}. */
    private String closeAfter(String frame) throws Exception {
        CompletableFuture<String> closed = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/graphql"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closed.complete(statusCode + " " + reason);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        socket.sendText("{\"type\":\"connection_init\"}", true).get(10, TimeUnit.SECONDS);
        socket.sendText(frame, true).get(10, TimeUnit.SECONDS);
        return closed.get(10, TimeUnit.SECONDS);
    }

    @Test
    void shouldCloseWith4400AndAReasonForFramesOutsideTheProtocol(CapturedOutput output) throws Exception {
        assertThat(closeAfter("garbage")).isEqualTo("4400 Invalid message: not JSON");
        assertThat(closeAfter("{\"type\":\"nope\"}")).startsWith("4400 Invalid message: type must be one of");
        assertThat(closeAfter("{\"id\":\"1\",\"type\":\"subscribe\"}")).isEqualTo("4400 Invalid message: subscribe needs payload.query, a string");

        assertThat(output.getOut()).contains("closed with 4400: Invalid message: not JSON")
                .doesNotContain("ExceptionWebSocketHandlerDecorator", "HttpMessageNotReadableException", "\tat ");
    }
}
