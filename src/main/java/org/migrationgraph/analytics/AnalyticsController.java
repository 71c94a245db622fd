package org.migrationgraph.analytics;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** networkMetrics and interlocks. */
@Controller
class AnalyticsController {

    private final NetworkAnalytics analytics;

    AnalyticsController(NetworkAnalytics analytics) {
        this.analytics = analytics;
    }

    @QueryMapping
    NetworkMetrics networkMetrics(@Argument List<String> kinds, @Argument List<String> relationTypes, @Argument Boolean includeStructural,
                                  @Argument NetworkAnalytics.Measure orderBy, @Argument Integer first) {
        return analytics.metrics(kinds, relationTypes, Boolean.TRUE.equals(includeStructural),
                orderBy == null ? NetworkAnalytics.Measure.PAGE_RANK : orderBy, first == null ? 20 : first);
    }

    @QueryMapping
    List<Interlock> interlocks(@Argument String id, @Argument List<String> kinds, @Argument Boolean includeStructural,
                               @Argument Integer first) {
        return analytics.interlocks(id, kinds, Boolean.TRUE.equals(includeStructural), first == null ? 10 : first);
    }
}
