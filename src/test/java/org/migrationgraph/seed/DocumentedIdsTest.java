package org.migrationgraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every id that a schema description or a document names as an example must exist in the seed,
 * so that a reader who copies it gets an answer (lookups are exact: `org:IOM` finds nothing).
 */
class DocumentedIdsTest {

    private static final Pattern ID = Pattern.compile(
            "\\b(?:state|org|framework|meeting|initiative|objective|principle|region|group|topic|statement|event|person|doc|ref)"
                    + ":[A-Za-z][A-Za-z0-9.-]*[A-Za-z0-9]");

    @Test
    void everyIdNamedInTheSchemaAndTheDocsExists() throws IOException {
        Seed seed = SeedService.validated(SeedFiles.read("file:graph-seed/"));
        Set<String> known = new TreeSet<>();
        seed.entities().forEach(e -> known.add(e.id()));
        seed.references().forEach(r -> known.add(r.id()));
        Set<String> unknown = new TreeSet<>();
        int named = 0;
        for (Path file : documented()) {
            String text = Files.readString(file);
            Matcher m = ID.matcher(text);
            while (m.find()) {
                named++;
                String id = fromEndOfRelationId(m.group(), text, m.end());
                // "example" marks an id the docs make up on purpose, such as a new entity a mutation creates.
                if (!known.contains(id) && !id.contains(":example-")) {
                    unknown.add(file + ": " + id);
                }
            }
        }
        assertThat(named).as("ids found in the docs").isGreaterThan(50);
        assertThat(unknown).isEmpty();
    }

    /** In a relation id ({@code org:iom-COORDINATES->org:un-system}) the match runs into the type; its first end is before it. */
    private static String fromEndOfRelationId(String match, String text, int end) {
        Matcher relation = RELATION_FROM.matcher(match);
        return text.startsWith("->", end) && relation.matches() ? relation.group(1) : match;
    }

    private static final Pattern RELATION_FROM = Pattern.compile("(.+)-[A-Z][A-Z_]*");

    private static Set<Path> documented() throws IOException {
        Set<Path> files = new TreeSet<>(Set.of(Path.of("README.md"), Path.of("graph-seed/README.md")));
        for (String dir : new String[] {"docs", "src/main/resources/graphql"}) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".graphqls")).forEach(files::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return files;
    }
}
