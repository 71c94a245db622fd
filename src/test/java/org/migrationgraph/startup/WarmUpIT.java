package org.migrationgraph.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.migrationgraph.testsupport.GraphIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

class WarmUpIT extends GraphIntegrationTest {

    /** A relation type as the vocabulary query gives it. */
    record RelationType(String name, boolean structural) {
    }

    @Autowired
    WarmUp warmUp;

    @LocalServerPort
    int port;

    @Test
    void shouldHaveRunEveryWarmUpOperationWithoutErrorsAfterStartUp() throws Exception {
        WarmUp.Report report = warmUp.report().get(60, TimeUnit.SECONDS);

        assertThat(report.operations()).contains("Overview", "Suggest", "EntityPanel", "Neighbourhood", "NeighbourhoodDirect",
                "NeighbourhoodThen", "NetworkThen", "ExplorerNetwork", "ExplorerNetworkThen", "Paths", "Timeline", "TimelineThen");
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void shouldReportAFailingOperationAndStillRunTheOthers() {
        WarmUp.Report report = warmUp.run(port, "graphql-test/warm-up-with-a-failure.graphql");

        assertThat(report.operations()).containsExactly("Broken", "Fine");
        assertThat(report.failures()).singleElement().asString().startsWith("Broken: ").contains("depth");
    }

    /**
     * The explorer's first page is planned only if the warm-up asks it in the same shape: its
     * default kinds and, in the vocabulary's order, every relation type not marked structural.
     */
    @Test
    void shouldAskTheExplorersFirstPageWithItsDefaultKindsAndTheVocabularysOtherRelationTypes() throws IOException {
        String operation = operation(read(WarmUp.OPERATIONS), "ExplorerNetwork");
        List<RelationType> types = graphQl.document("{ vocabulary { relationTypes { name structural } } }").execute()
                .path("vocabulary.relationTypes").entityList(RelationType.class).get();

        assertThat(quoted(list(operation, "kinds"))).isNotEmpty()
                .isEqualTo(quoted(list(read("static/explorer/views/coordination.js"), "DEFAULT_KINDS =")));
        assertThat(quoted(list(operation, "relationTypes"))).isNotEmpty()
                .isEqualTo(types.stream().filter(t -> !t.structural()).map(RelationType::name).toList());
    }

    private static String read(String resource) throws IOException {
        return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
    }

    private static String operation(String document, String name) {
        Matcher matcher = Pattern.compile("(?ms)^query " + name + " \\{.*?^}").matcher(document);
        assertThat(matcher.find()).as("operation %s in the warm-up", name).isTrue();
        return matcher.group();
    }

    /** The text of the first [...] after {@code key}. */
    private static String list(String text, String key) {
        Matcher matcher = Pattern.compile(Pattern.quote(key) + ":?\\s*\\[([^\\]]*)]").matcher(text);
        assertThat(matcher.find()).as("a list after %s", key).isTrue();
        return matcher.group(1);
    }

    private static List<String> quoted(String list) {
        return Pattern.compile("[\"']([^\"']+)[\"']").matcher(list).results().map(m -> m.group(1)).toList();
    }
}
