package org.migrationgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.migrationgraph.testsupport.GraphQlOverHttp;
import org.springframework.test.context.TestPropertySource;

/**
 * The request-state contract with virtual threads on: Spring runs controller methods on a
 * virtual-thread executor, so the read budget must follow them there. Needs Java 21+; the build
 * runs it on the Temurin JDK when one is installed (the {@code virtual-threads} profile).
 */
@EnabledForJreRange(min = JRE.JAVA_21)
@TestPropertySource(properties = "spring.threads.virtual.enabled=true")
class RequestStateOnVirtualThreadsIT extends RequestStateContract {

    @Test
    void shouldRunTheReadsOfControllerMethodsOnVirtualThreads() throws Exception {
        readThreads.clear();
        GraphQlOverHttp.post(port, NESTED.formatted("OnVirtualThreads"), Map.of());

        assertThat(readThreads).contains("VirtualThread");
    }
}
