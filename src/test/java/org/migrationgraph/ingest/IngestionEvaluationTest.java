package org.migrationgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migrationgraph.seed.SeedContents;

/** Keeps ingestion's figures against the curated seed from falling (docs/ingestion.md reports them and explains the misses). */
class IngestionEvaluationTest {

    private static Map<String, IngestionEvaluation.Result> results;
    private static IngestionEvaluation.Result total;

    @BeforeAll
    static void readBothDocuments() {
        results = IngestionEvaluation.run(SeedContents.read("file:graph-seed/"));
        total = IngestionEvaluation.total(results);
        System.out.println(IngestionEvaluation.report(results));
        System.out.println("missed relations: " + total.missedRelations());
        System.out.println("wrong relations: " + total.wrongRelations());
        System.out.println("missed mentions: " + total.missedMentions());
        System.out.println("wrong mentions: " + total.wrongMentions());
        System.out.println("missed paragraph mentions: " + total.missedParagraphMentions());
        System.out.println("wrong paragraph mentions: " + total.wrongParagraphMentions());
    }

    @Test
    void bothSourceDocumentsAreEvaluated() {
        assertThat(results).containsOnlyKeys("doc:network-briefing-2019-12-12", "doc:dsg-remarks-2020-12-16");
    }

    /** The target is recall 0.60 at precision 0.80; these are the figures measured, less a little. */
    @Test
    void relationProposalsKeepTheirPrecisionAndRecall() {
        assertThat(total.relations().precision()).isGreaterThanOrEqualTo(0.90);
        assertThat(total.relations().recall()).isGreaterThanOrEqualTo(0.80);
        results.values().forEach(r -> assertThat(r.relations().recall()).isGreaterThanOrEqualTo(0.75));
    }

    @Test
    void datedMeetingsAndAttendanceFiguresAreAllFound() {
        assertThat(total.datedMeetings().recall()).isEqualTo(1.0);
        assertThat(total.attendance().recall()).isEqualTo(1.0);
        assertThat(total.attendance().precision()).isEqualTo(1.0);
    }

    /**
     * The paragraph mentions the graph derives once the proposals are accepted, against the seed's
     * own (derived the same way, from citations): the targets, precision 0.95 and recall
     * 0.90. docs/ingestion.md lists the pairs that still differ and why.
     */
    @Test
    void paragraphMentionsMeetTheirPrecisionAndRecallTargets() {
        assertThat(total.paragraphMentions().precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(total.paragraphMentions().recall()).isGreaterThanOrEqualTo(0.90);
        assertThat(total.mentions().precision()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void proposedEntitiesMatchCuratedOnes() {
        assertThat(total.entities().precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(total.entities().recall()).isGreaterThanOrEqualTo(0.80);
    }
}
