package org.migrationgraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.TestDirectories;
import org.migrationgraph.testsupport.TestNeo4j;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

/**
 * The embedded Bolt port is a full-control door to the graph: it requires the password, even
 * with it cannot read local files through LOAD CSV, and web pages of other origins cannot open
 * it over WebSocket (reliability audit, case 5).
 */
class BoltSecurityIT {

    private static EmbeddedNeo4j dbms;

    @BeforeAll
    static void start() {
        dbms = EmbeddedNeo4j.start(TestDirectories.fresh("bolt-security"), 0, TestNeo4j.LEAN);
    }

    @AfterAll
    static void stop() {
        dbms.close();
    }

    /** The status line Bolt's port answers to a WebSocket upgrade with this Origin (none when null). */
    private static String upgradeFrom(String origin) throws Exception {
        try (Socket socket = new Socket(dbms.boltUri().getHost(), dbms.boltUri().getPort())) {
            socket.setSoTimeout(5_000);
            String request = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + (origin == null ? "" : "Origin: " + origin + "\r\n") + "\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void shouldRefuseAWebSocketUpgradeFromAPageOfAnotherOrigin() throws Exception {
        assertThat(upgradeFrom("http://evil.example")).isEqualTo("HTTP/1.1 403 Forbidden");
        assertThat(upgradeFrom(null)).isEqualTo("HTTP/1.1 101 Switching Protocols");
    }

    @Test
    void shouldLetAnAllowedOriginOpenBoltOverWebSocket() throws Exception {
        dbms.allowBoltOrigins(java.util.List.of("https://Browser.Example"));

        assertThat(upgradeFrom("https://browser.example")).isEqualTo("HTTP/1.1 101 Switching Protocols");
        assertThat(upgradeFrom("https://browser.example.evil")).isEqualTo("HTTP/1.1 403 Forbidden");
    }

    @Test
    void shouldRefuseABoltClientWithoutThePassword() {
        try (var anonymous = GraphDatabase.driver(dbms.boltUri(), AuthTokens.none());
             var guessing = GraphDatabase.driver(dbms.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
            assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            assertThatThrownBy(guessing::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void shouldRefuseLoadCsvFromFileUrlsEvenWithThePassword() {
        try (var driver = GraphDatabase.driver(dbms.boltUri(), dbms.authToken());
             var session = driver.session()) {
            for (String url : new String[] {"file:///etc/passwd", "file:///../../../../../../etc/passwd"}) {
                assertThatThrownBy(() -> session.run("LOAD CSV FROM '" + url + "' AS row RETURN row LIMIT 1").list())
                        .as(url).isInstanceOf(ClientException.class).hasMessageContaining("allow_csv_import_from_file_urls");
            }
        }
    }

    @Test
    void shouldKeepAGeneratedPasswordForItsOwnerOnly() throws Exception {
        Path file = dbms.passwordFile().orElseThrow();
        String password = Files.readString(file).strip();

        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var driver = GraphDatabase.driver(dbms.boltUri(), AuthTokens.basic("neo4j", password))) {
            driver.verifyConnectivity();
        }
    }

    @Test
    void shouldReuseTheKeptPasswordOnRestartAndTakeAConfiguredOneInstead() throws Exception {
        Path home = TestDirectories.fresh("bolt-password");
        String kept;
        try (EmbeddedNeo4j first = EmbeddedNeo4j.start(home, 0, TestNeo4j.LEAN)) {
            kept = Files.readString(first.passwordFile().orElseThrow()).strip();
        }
        try (EmbeddedNeo4j again = EmbeddedNeo4j.start(home, 0, TestNeo4j.LEAN);
             var driver = GraphDatabase.driver(again.boltUri(), AuthTokens.basic("neo4j", kept))) {
            driver.verifyConnectivity();
        }
        try (EmbeddedNeo4j configured = EmbeddedNeo4j.start(home, 0, TestNeo4j.LEAN, "configured-pw");
             var driver = GraphDatabase.driver(configured.boltUri(), AuthTokens.basic("neo4j", "configured-pw"))) {
            driver.verifyConnectivity();
            assertThat(configured.passwordFile()).isEmpty();
        }
    }

}
