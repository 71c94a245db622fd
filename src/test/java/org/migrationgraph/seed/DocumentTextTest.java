package org.migrationgraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentTextTest {

    @Test
    void shouldNumberBlocksSeparatedByBlankLines() {
        assertThat(DocumentText.paragraphs("Title\n\nFirst line\nsame paragraph.\n\n\n  Last.  \n"))
                .containsExactly("Title", "First line same paragraph.", "Last.");
    }

    @Test
    void shouldMakeEachListItemAParagraphOfItsOwn() {
        assertThat(DocumentText.paragraphs("Invited to:\n\n- Provide briefings.\n- Provide updates.\n\nThanks."))
                .containsExactly("Invited to:", "- Provide briefings.", "- Provide updates.", "Thanks.");
    }

    @Test
    void shouldMatchQuotesVerbatimExceptForWhiteSpaceRuns() {
        assertThat(DocumentText.contains("The Network’s  Executive\nCommittee", "Network’s Executive Committee")).isTrue();
        assertThat(DocumentText.contains("The Network’s Executive Committee", "Network's Executive Committee")).isFalse();
    }
}
