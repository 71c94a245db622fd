package org.migrationgraph.relation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.dataloader.DataLoader;
import org.migrationgraph.reads.Row;
import org.migrationgraph.support.ApiException;
import org.migrationgraph.vocabulary.Vocabulary;
import org.springframework.stereotype.Component;

/**
 * The relations a list page asks of each of its entities, read by the list's own statement rather
 * than a second one: a page of 20 States with 5 relations each ran two statements where raw
 * Cypher runs one (docs/benchmarks.md). The pages read are primed into the relations DataLoader,
 * under the key the relations field will ask for, so that field answers without a statement;
 * when it asks for another key (a selection this class does not read), the DataLoader reads as
 * before, so a page read here can only spare a statement, never change an answer.
 */
@Component
public class ListedRelations {

    /** The columns {@link Reading#perEntity()} returns, which {@link Reading#add} reads. */
    public static final List<String> COLUMNS = List.of("id", "total", "rows", "hub", "hubTypes");

    private final RelationRepository relations;
    private final Vocabulary vocabulary;

    ListedRelations(RelationRepository relations, Vocabulary vocabulary) {
        this.relations = relations;
        this.vocabulary = vocabulary;
    }

    /**
     * How to read, with the page, the relations its selection asks of every entity: when it asks
     * one relations field (at {@code nodes} or {@code edges.node}), of the graph now and at any
     * time. Otherwise (two fields, a valid time, a moment as recorded, or an argument the field will
     * refuse, with its own message and path) nothing is read here.
     */
    public Optional<Reading> of(DataFetchingFieldSelectionSet listSelection) {
        List<SelectedField> fields = relationsFields(listSelection);
        if (fields.size() != 1) {
            return Optional.empty();
        }
        Map<String, Object> arguments = fields.get(0).getArguments();
        if (arguments.get("asOf") != null || arguments.get("during") != null || arguments.get("asRecordedOn") != null) {
            return Optional.empty();
        }
        try {
            // As the relations field makes its filter (RelationController), so that both name one DataLoader key.
            return Optional.of(new Reading(RelationFilter.of(arguments, RelationSelection.of(fields.get(0).getSelectionSet()), null, vocabulary)));
        } catch (ApiException refused) {
            return Optional.empty();
        }
    }

    /** Walks by name, as Projection does, rather than with getFields(glob), which compiles a pattern per call. */
    private static List<SelectedField> relationsFields(DataFetchingFieldSelectionSet selection) {
        List<SelectedField> top = selection.getImmediateFields();
        List<SelectedField> nodes = top.stream().filter(f -> f.getName().equals("nodes")).toList();
        List<SelectedField> edgeNodes = top.stream().filter(f -> f.getName().equals("edges"))
                .flatMap(f -> f.getSelectionSet().getImmediateFields().stream()).filter(f -> f.getName().equals("node")).toList();
        return Stream.concat(nodes.stream(), edgeNodes.stream())
                .flatMap(f -> f.getSelectionSet().getImmediateFields().stream()).filter(f -> f.getName().equals("relations")).toList();
    }

    /** One list page's reading of its entities' relations. */
    public final class Reading {

        private final RelationFilter filter;
        private final RelationRepository.FirstRead read = new RelationRepository.FirstRead();

        private Reading(RelationFilter filter) {
            this.filter = filter;
        }

        /**
         * Cypher to run for each entity {@code n} of the list statement, inside its {@code CALL (n) {}}:
         * it returns {@link #COLUMNS}.
         */
        public String perEntity() {
            return relations.perEntity(filter);
        }

        /**
         * Its parameters. Under no valid time it names the window's parameters without using them,
         * so the list's own, put after these, win.
         */
        public Map<String, Object> parameters() {
            Map<String, Object> parameters = RelationRepository.parameters(filter, List.of());
            parameters.remove("ids");
            parameters.put("sortUpTo", relations.sortUpTo(RelationRepository.SORT_UP_TO));
            return parameters;
        }

        /** One row of the list statement, with {@link #COLUMNS}. */
        public void add(Row row) {
            read.add(row);
        }

        /**
         * Completes the pages (a hub's are read from the page key indexes, as the DataLoader would)
         * and primes the relations DataLoader with them.
         */
        public void prime(DataFetchingEnvironment env) {
            DataLoader<RelationKey, RelationConnection> loader = env.getDataLoader(RelationConnection.class.getName());
            if (loader != null) {
                relations.pages(filter, read).forEach((id, page) -> loader.prime(new RelationKey(id, filter), page));
            }
        }
    }
}
