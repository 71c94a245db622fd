package org.migrationgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migrationgraph.seed.DocumentText;
import org.migrationgraph.seed.SeedContents;

/**
 * What must hold for any text, checked on the two source documents and on 400 texts stitched
 * at random (a fixed seed, so a failure repeats) from their words and from the shapes that trip
 * readers up: brackets, dashes, list items, dates, numbers, capitalised runs, empty lines.
 * Every mention's surface is the paragraph's text at its offsets, and every proposal's quote is
 * verbatim in its paragraph, so that accepting it can never fail the seed's citation rule.
 */
class ReadingInvariantsTest {

    private static List<KnownName> known;
    private static List<String> sources;

    @BeforeAll
    static void readTheSeed() {
        SeedContents seed = SeedContents.read("file:graph-seed/");
        known = seed.entities().stream().map(e -> new KnownName(e.id(), e.kinds().get(0), e.name(), e.aliases())).toList();
        sources = List.of(String.join("\n\n", seed.paragraphs().get("doc:network-briefing-2019-12-12")),
                String.join("\n\n", seed.paragraphs().get("doc:dsg-remarks-2020-12-16")));
    }

    @Test
    void theSourceDocumentsKeepTheInvariants() {
        sources.forEach(ReadingInvariantsTest::check);
    }

    @Test
    void randomTextsKeepTheInvariants() {
        Random random = new Random(17);
        List<String> words = new ArrayList<>();
        sources.forEach(s -> words.addAll(List.of(s.split("\\s+"))));
        words.addAll(List.of("(", ")", "(UN)", "- ", "\n\n", "\n- ", ":", ";", "—", "12/11", "yesterday", "on 3 May 2021", "held on",
                "met", "took the floor:", "attended by", "He", "I", "We must", "the Fund", "THE", "Start-up", "’s", "", "  "));
        for (int n = 0; n < 400; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(120);
            for (int i = 0; i < length; i++) {
                text.append(words.get(random.nextInt(words.size()))).append(random.nextInt(6) == 0 ? "" : " ");
            }
            check(text.toString());
        }
    }

    private static void check(String text) {
        if (DocumentText.paragraphs(text).isEmpty()) {
            return;
        }
        Reading reading = DocumentReader.read(new IngestDocument("doc:invariants", "Invariants", "2021-06-15", null, null, text), known);
        for (Mention m : reading.mentions()) {
            assertThat(reading.paragraphs().get(m.paragraph() - 1).substring(m.start(), m.end())).as("mention in %s", text).isEqualTo(m.surface());
        }
        for (Proposal p : reading.proposals()) {
            assertThat(p.quote()).as("quote of %s in %s", p, text).isNotBlank();
            assertThat(reading.paragraphs().get(p.paragraph() - 1)).as("paragraph of %s", p).contains(p.quote());
        }
    }
}
