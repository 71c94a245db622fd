package org.migrationgraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** graph-seed/README.md teaches the seed format; its examples must be true of the loader. */
class SeedReadmeTest {

    private static String block(String language) throws IOException {
        String readme = Files.readString(Path.of("graph-seed/README.md"));
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("a ```" + language + " block in graph-seed/README.md").isTrue();
        return m.group(1);
    }

    @Test
    void theFormatExampleValidatesAgainstTheRealSeed() throws IOException {
        Map<String, String> files = new TreeMap<>(SeedFiles.read("file:graph-seed/").files());
        files.put("zz-readme-example.yaml", block("yaml"));
        List<SeedProblem> problems = new java.util.ArrayList<>();
        Seed seed = SeedParser.parse(new SeedFiles("readme", files), problems);
        problems.addAll(SeedValidator.validate(seed));
        // The example repeats real records on purpose; everything else about it must be valid.
        assertThat(problems).map(SeedProblem::toString)
                .filteredOn(p -> !p.matches(".*(duplicate id|duplicate reference id|duplicate relation|is declared twice).*"))
                .isEmpty();
        assertThat(problems).map(SeedProblem::toString).allMatch(p -> p.startsWith("zz-readme-example.yaml:"));
    }

    @Test
    void theParagraphRuleExampleHasThreeParagraphs() throws IOException {
        assertThat(DocumentText.paragraphs(block("text"))).containsExactly("He invited Member States in turn to:",
                "- Reach out bilaterally to the Network.", "- Contribute towards the broadening of the base of donors.");
    }
}
