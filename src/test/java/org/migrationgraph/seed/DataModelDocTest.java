package org.migrationgraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * docs/data-model.md explains every kind and relation type with its meaning; the validator reads
 * them from graph-seed/vocabulary.yaml. The two must say the same, so a new term is documented
 * where people read about it (the way petclinic keeps its message files in step).
 */
class DataModelDocTest {

    /** A table row "| `NAME` | meaning | example |" of the doc. */
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z_]+)` \\| ([^|]+) \\|", Pattern.MULTILINE);

    @Test
    void shouldDocumentEveryKindAndRelationTypeWithTheVocabularysMeaning() throws IOException {
        Seed seed = SeedService.validated(SeedFiles.read("file:graph-seed/"));
        Map<String, String> declared = new LinkedHashMap<>();
        seed.kinds().forEach(t -> declared.put(t.name(), t.meaning()));
        seed.relationTypes().forEach(t -> declared.put(t.name(), t.meaning()));

        Map<String, String> documented = new LinkedHashMap<>();
        Matcher m = ROW.matcher(Files.readString(Path.of("docs/data-model.md")));
        while (m.find()) {
            documented.put(m.group(1), m.group(2).trim());
        }
        // The doc's other tables (labels, provenance properties) name things that are not vocabulary.
        documented.keySet().retainAll(declared.keySet());

        assertThat(documented).as("docs/data-model.md rows for the vocabulary").containsExactlyInAnyOrderEntriesOf(declared);
    }
}
