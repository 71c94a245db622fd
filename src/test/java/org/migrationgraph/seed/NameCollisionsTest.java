package org.migrationgraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NameCollisionsTest {

    private static List<String> problems(Map<String, String> files) {
        return SeedFixtures.problems(files);
    }

    @Test
    void shouldReportAnAliasThatIsAnotherEntitysName() {
        assertThat(problems(Map.of("more.yaml", """
                entities:
                  - {id: org:ph-mission, kind: Organization, name: Permanent Mission, aliases: [the Philippines]}
                """))).containsExactly("more.yaml:2: the name or alias 'philippines' belongs to org:ph-mission and state:PHL; "
                + "make it unambiguous, or list it under 'sharedNames' with those ids and a reason");
    }

    @Test
    void shouldMatchNamesAcrossCaseAccentsAndPunctuation() {
        assertThat(problems(Map.of("more.yaml", """
                entities:
                  - {id: org:a, kind: Organization, name: Agency A, aliases: ["Côte-d'Ivoire office"]}
                  - {id: org:b, kind: Organization, name: Agency B, aliases: ["COTE D IVOIRE OFFICE"]}
                """))).singleElement().asString().contains("'cote d ivoire office' belongs to org:a and org:b");
    }

    @Test
    void shouldAcceptASharedNameListedWithItsReason() {
        assertThat(problems(Map.of("more.yaml", """
                entities:
                  - {id: org:ph-mission, kind: Organization, name: Permanent Mission, aliases: [Philippines]}
                sharedNames:
                  - {name: Philippines, ids: [state:PHL, org:ph-mission], reason: Both are called so in the text.}
                """))).isEmpty();
    }

    @Test
    void shouldReportAListedSharedNameThatNoLongerMatches() {
        assertThat(problems(Map.of("more.yaml", """
                sharedNames:
                  - {name: Germany, ids: [state:DEU, state:PHL], reason: Left over from an old edit.}
                """))).containsExactly("more.yaml:2: 'sharedNames' lists 'Germany', which no two entities share any more; remove it");
    }

    @Test
    void shouldReportASharedNameWhoseIdsDoNotMatchTheEntitiesThatShareIt() {
        assertThat(problems(Map.of("more.yaml", """
                entities:
                  - {id: org:a, kind: Organization, name: Germany office, aliases: [Germany]}
                sharedNames:
                  - {name: Germany, ids: [state:DEU, state:PHL], reason: Wrong ids.}
                """))).singleElement().asString().contains("'germany' belongs to org:a and state:DEU");
    }

    @Test
    void shouldNotCountAnEntityTwiceForRepeatingItsOwnName() {
        assertThat(problems(Map.of("more.yaml", """
                entities:
                  - {id: org:a, kind: Organization, name: The Network, aliases: [Network, network]}
                """))).isEmpty();
    }
}
