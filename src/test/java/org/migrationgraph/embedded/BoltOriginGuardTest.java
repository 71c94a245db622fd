package org.migrationgraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoltOriginGuardTest {

    @Test
    void shouldFindTheOriginHeaderWhateverItsCase() {
        assertThat(BoltOriginGuard.originOf("GET / HTTP/1.1\r\nHost: x\r\norigin:  http://evil.example \r\nUpgrade: websocket"))
                .isEqualTo("http://evil.example");
    }

    @Test
    void shouldSayThereIsNoOriginWhenARequestHasNone() {
        assertThat(BoltOriginGuard.originOf("GET / HTTP/1.1\r\nHost: x\r\nX-Origin: y")).isNull();
    }
}
