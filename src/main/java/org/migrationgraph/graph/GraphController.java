package org.migrationgraph.graph;

import java.util.List;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

import org.migrationgraph.support.ApiException;
import org.migrationgraph.support.ConnectionFields;
import org.migrationgraph.support.ErrorCode;
import org.migrationgraph.support.IsoDates;
import org.migrationgraph.support.OffsetCursor;
import org.migrationgraph.entity.EntityRepository;
import org.migrationgraph.reads.Projection;
import org.migrationgraph.vocabulary.Vocabulary;
import org.migrationgraph.validtime.TimeArguments;
import org.migrationgraph.validtime.ValidTime;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Graph questions: neighbourhoods, networks, paths, the timeline and counts. */
@Controller
class GraphController {

    /** The fields of Stats answered without its counts. */
    private static final Set<String> NOT_COUNTED = Set.of("mostConnected", "__typename");

    private static final List<String> TIMELINE_KINDS = List.of("Meeting", "Event");
    /** The Subgraph fields answered without its edges. */
    private static final Set<String> WITHOUT_EDGES = Set.of("__typename", "nodes", "truncated");

    private final SubgraphRepository subgraphs;
    private final PathRepository paths;
    private final TimelineAndStatsRepository timelineAndStats;
    private final MostConnectedRepository mostConnected;
    private final EntityRepository entities;
    private final Vocabulary vocabulary;

    GraphController(SubgraphRepository subgraphs, PathRepository paths, TimelineAndStatsRepository timelineAndStats,
                    MostConnectedRepository mostConnected, EntityRepository entities, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.subgraphs = subgraphs;
        this.paths = paths;
        this.timelineAndStats = timelineAndStats;
        this.mostConnected = mostConnected;
        this.entities = entities;
    }

    @QueryMapping
    Subgraph neighborhood(@Argument String id, @Argument int depth, @Argument List<String> relationTypes,
                          @Argument List<String> kinds, @Argument int limit, TimeArguments time,
                          @Argument String asRecordedOn, DataFetchingFieldSelectionSet selection) {
        vocabulary.requireRelationTypes("relationTypes", relationTypes);
        vocabulary.requireKinds("kinds", kinds);
        return subgraphs.neighbourhood(id, Limits.within("depth", depth, 1, 3), relationTypes, kinds, Limits.within("limit", limit, 1, 500),
                edgesAsked(selection), Projection.of(selection, "edges", "nodes"), time.window(), asRecordedOn).orElse(null);
    }

    @QueryMapping
    Subgraph network(@Argument List<String> kinds, @Argument List<String> relationTypes, @Argument int limit,
                     TimeArguments time, @Argument String asRecordedOn, DataFetchingFieldSelectionSet selection) {
        vocabulary.requireKinds("kinds", kinds);
        vocabulary.requireRelationTypes("relationTypes", relationTypes);
        return subgraphs.network(kinds, relationTypes, Limits.within("limit", limit, 1, 1000), edgesAsked(selection),
                Projection.of(selection, "edges", "nodes"), time.window(), asRecordedOn);
    }

    /**
     * Whether a subgraph's edges must be found: unless every field asked for is one that needs
     * none. Listed the other way round, a new field (as metrics and undatedFactsIncluded do) would
     * silently get no edges.
     */
    private static boolean edgesAsked(DataFetchingFieldSelectionSet selection) {
        return selection.getImmediateFields().stream().map(SelectedField::getName).anyMatch(name -> !WITHOUT_EDGES.contains(name));
    }

    @QueryMapping
    GraphPath shortestPath(@Argument String from, @Argument String to, @Argument int maxHops,
                                              @Argument List<String> relationTypes, TimeArguments time,
                                              @Argument String asRecordedOn, DataFetchingFieldSelectionSet selection) {
        return paths(new PathQuery(from, to, maxHops, relationTypes, 1, time.window(), asRecordedOn),
                Projection.of(selection, "edges", "nodes")).stream().findFirst().orElse(null);
    }

    @QueryMapping
    List<GraphPath> allShortestPaths(@Argument String from, @Argument String to, @Argument int maxHops,
                                                        @Argument List<String> relationTypes, @Argument int limit,
                                                        TimeArguments time, @Argument String asRecordedOn,
                                                        DataFetchingFieldSelectionSet selection) {
        return paths(new PathQuery(from, to, maxHops, relationTypes, Limits.within("limit", limit, 1, 50),
                time.window(), asRecordedOn), Projection.of(selection, "edges", "nodes"));
    }

    @QueryMapping
    List<TimelineEntry> timeline(@Argument String from, @Argument String to, @Argument List<String> kinds,
                                 TimeArguments time, @Argument String asRecordedOn) {
        return timelineAndStats.timeline(timelineQuery(from, to, kinds, time, asRecordedOn));
    }

    @QueryMapping
    TimelineConnection timelineItems(@Argument Integer first, @Argument String after, @Argument String from, @Argument String to,
                                     @Argument List<String> kinds, TimeArguments time, @Argument String asRecordedOn,
                                     DataFetchingFieldSelectionSet selection) {
        TimelineQuery query = timelineQuery(from, to, kinds, time, asRecordedOn);
        int pageSize = OffsetCursor.pageSize(first);
        TimelineCursor cursor = TimelineCursor.after(after);
        if (!ConnectionFields.pageAsked(selection)) {
            return TimelineConnection.unread(query);
        }
        return timelineAndStats.timelinePage(query, pageSize, cursor);
    }

    /** Counted only when a query selects it: a second statement over every dated entity asked for. */
    @SchemaMapping(typeName = "TimelineConnection", field = "totalCount")
    int timelineTotal(TimelineConnection page) {
        return timelineAndStats.timelineCount(page.query());
    }

    private TimelineQuery timelineQuery(String from, String to, List<String> kinds, TimeArguments time, String asRecordedOn) {
        vocabulary.requireKinds("kinds", kinds);
        return new TimelineQuery(IsoDates.argument("from", from), IsoDates.argument("to", to),
                kinds == null || kinds.isEmpty() ? TIMELINE_KINDS : kinds, time.window(), asRecordedOn);
    }

    @QueryMapping
    List<String> timelineDates(@Argument List<String> kinds) {
        vocabulary.requireKinds("kinds", kinds);
        return timelineAndStats.timelineDates(kinds == null || kinds.isEmpty() ? TIMELINE_KINDS : kinds);
    }

    /**
     * Counted only when a count is asked for: after a write the counts wait for their tallies
     * (NOT_READY meanwhile, seconds at a million entities), and `mostConnected` has tallies of its
     * own.
     */
    @QueryMapping
    Stats stats(TimeArguments time, @Argument String asRecordedOn, DataFetchingFieldSelectionSet selection) {
        if (selection.getImmediateFields().stream().allMatch(field -> NOT_COUNTED.contains(field.getName()))) {
            return Stats.uncounted(time.window(), asRecordedOn);
        }
        return timelineAndStats.stats(time.window(), asRecordedOn);
    }

    @SchemaMapping(typeName = "Stats", field = "mostConnected")
    List<Degree> mostConnected(Stats stats, @Argument int limit) {
        return mostConnected.mostConnected(Limits.within("limit", limit, 1, 100), stats.time(), stats.asRecordedOn());
    }

    private List<GraphPath> paths(PathQuery query, Projection projection) {
        Limits.within("maxHops", query.maxHops(), 1, 6);
        vocabulary.requireRelationTypes("relationTypes", query.types());
        if (query.from().equals(query.to())) {
            throw ApiException.badInput("'from' and 'to' are both '" + query.from() + "'; a path needs two different entities.");
        }
        List<GraphPath> found = paths.paths(query, projection);
        if (found.isEmpty()) {
            // Only now tell "no path" from "no such entity": a found path proves both exist, one round trip fewer.
            var ends = entities.findByIds(List.of(query.from(), query.to()), query.asRecordedOn());
            for (String id : List.of(query.from(), query.to())) {
                if (!ends.containsKey(id)) {
                    throw new ApiException(ErrorCode.NOT_FOUND, "No entity has the id '" + id + "'"
                            + (query.asRecordedOn() == null ? "" : " as recorded on " + query.asRecordedOn()) + "; search finds ids by name.");
                }
            }
        }
        return found;
    }
}
