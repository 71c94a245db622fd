package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.Disposable;

/** One client cannot hold the WebSocket endpoint's resources without bound (audit 3.3, 3.4). */
class WebSocketLimitsIT extends GraphIntegrationTest {

    @LocalServerPort
    int port;

    private WebSocketGraphQlTester connect() {
        return WebSocketGraphQlTester.builder("ws://127.0.0.1:" + port + "/graphql", new StandardWebSocketClient()).build();
    }

    @Test
    void shouldRefuseASubscriptionOverTheLimitOfOneConnectionAndKeepTheOthers() {
        WebSocketGraphQlTester tester = connect();
        List<Disposable> open = new ArrayList<>();
        try {
            for (int i = 0; i < WebSocketLimits.MAX_OPERATIONS; i++) {
                open.add(tester.document("subscription { graphChanged { at } }").executeSubscription()
                        .toFlux("graphChanged", Object.class).subscribe());
            }
            // An operation on the same connection completes only after all of the above have started.
            assertThatThrownBy(() -> tester.document("subscription { graphChanged { at } }").executeSubscription()
                    .toFlux("graphChanged", Object.class).blockFirst(Duration.ofSeconds(10)))
                    .hasMessageContaining("operations may run at once");
            assertThat(open).noneMatch(Disposable::isDisposed);
        } finally {
            open.forEach(Disposable::dispose);
            tester.stop().block(Duration.ofSeconds(5));
        }
    }

    @Test
    void shouldRefuseAConnectionOverTheLimitPerClient() {
        List<WebSocketGraphQlTester> testers = new ArrayList<>();
        try {
            for (int i = 0; i < WebSocketLimits.MAX_CONNECTIONS; i++) {
                WebSocketGraphQlTester tester = connect();
                testers.add(tester);
                tester.document("{ stats { entities } }").execute().path("stats.entities").hasValue();
            }
            WebSocketGraphQlTester oneTooMany = connect();
            testers.add(oneTooMany);
            assertThatThrownBy(() -> oneTooMany.document("{ stats { entities } }").execute().path("stats.entities").hasValue())
                    .isNotNull();
        } finally {
            testers.forEach(t -> t.stop().block(Duration.ofSeconds(5)));
        }
    }
}
