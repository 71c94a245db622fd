package org.migrationgraph.seed;

import java.util.Map;
import java.util.TreeMap;

/** Small seeds written in the test, so each test states exactly what it feeds the loader. */
final class SeedFixtures {

    static final String VOCABULARY = """
            kinds:
              MemberState: A UN Member State.
              Organization: An organization.
              Meeting: A meeting.
              Document: A source document.
            relationTypes:
              TOOK_THE_FLOOR_AT: Spoke at a meeting.
              COORDINATES: Coordinates a body.
            references:
              - id: ref:un-m49
                title: UN M49
            """;

    static final String DOCUMENT_TEXT = """
            Summary of a briefing

            Delegates representing the following countries took the floor: Ecuador,
            Germany and the Philippines.

            The Coordinator acknowledged the requests.
            """;

    static final String DOCUMENTS = """
            entities:
              - id: doc:briefing
                kind: Document
                name: Summary of a briefing
                date: 2019-12-12
                text: briefing.txt
            """;

    static final String ENTITIES = """
            entities:
              - {id: state:PHL, kind: MemberState, name: Philippines, iso3: PHL, m49: "608", citations: [{reference: ref:un-m49}]}
              - {id: state:DEU, kind: MemberState, name: Germany, iso3: DEU}
              - {id: meeting:briefing, kind: Meeting, name: Briefing, date: 2019-12-12, status: held}
            """;

    static final String RELATIONS = """
            relations:
              - from: state:PHL
                type: TOOK_THE_FLOOR_AT
                to: meeting:briefing
                citations:
                  - document: doc:briefing
                    paragraph: 2
                    quote: "took the floor: Ecuador, Germany and the Philippines"
              - from: state:DEU
                type: TOOK_THE_FLOOR_AT
                to: meeting:briefing
                citations: [{document: doc:briefing, paragraph: 2, quote: "Germany"}]
            """;

    private SeedFixtures() {
    }

    /** A valid seed; {@code overrides} replace or add files (a null value removes one). */
    static SeedFiles seed(Map<String, String> overrides) {
        Map<String, String> files = new TreeMap<>(Map.of(
                "vocabulary.yaml", VOCABULARY,
                "briefing.txt", DOCUMENT_TEXT,
                "documents.yaml", DOCUMENTS,
                "entities.yaml", ENTITIES,
                "relations.yaml", RELATIONS));
        overrides.forEach((path, content) -> {
            if (content == null) {
                files.remove(path);
            } else {
                files.put(path, content);
            }
        });
        return new SeedFiles("test-seed", files);
    }

    static SeedFiles valid() {
        return seed(Map.of());
    }

    /** Every problem validation finds in the valid seed with {@code overrides}, as "file:line: message". */
    static java.util.List<String> problems(Map<String, String> overrides) {
        try {
            SeedService.validated(seed(overrides));
            return java.util.List.of();
        } catch (InvalidSeedException e) {
            return e.problems().stream().map(SeedProblem::toString).toList();
        }
    }
}
