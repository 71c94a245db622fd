package org.migrationgraph.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;

/** Totals over a plan tree from PROFILE or EXPLAIN, for tests about what a statement costs. */
public final class QueryPlans {

    private QueryPlans() {
    }

    /** Database hits of every operator. */
    public static long dbHits(ProfiledPlan plan) {
        return plan.dbHits() + plan.children().stream().mapToLong(QueryPlans::dbHits).sum();
    }

    /** Rows produced by every operator. */
    public static long rows(ProfiledPlan plan) {
        return plan.records() + plan.children().stream().mapToLong(QueryPlans::rows).sum();
    }

    /** Every operator's type, root first. */
    public static List<String> operators(Plan plan) {
        List<String> all = new ArrayList<>(List.of(plan.operatorType()));
        plan.children().forEach(child -> all.addAll(operators(child)));
        return all;
    }
}
