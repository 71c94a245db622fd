package org.migrationgraph.curation;

import java.util.List;
import java.util.Map;

import org.migrationgraph.curation.Inputs.AddDocumentInput;
import org.migrationgraph.curation.Inputs.CitationInput;
import org.migrationgraph.curation.Inputs.CreateEntityInput;
import org.migrationgraph.curation.Inputs.CreateRelationInput;
import org.migrationgraph.curation.Inputs.PropertyInput;
import org.springframework.stereotype.Service;

/**
 * Curated writes for other features (ingestion): the same checks, history and revision as the
 * mutations, without exposing the mutations' input types.
 */
@Service
public class CuratedWrites {

    private final CurationService curation;

    CuratedWrites(CurationService curation) {
        this.curation = curation;
    }

    /** What a write did: the revision committed, or the user errors and nothing written. */
    public record Result(Long revision, List<UserError> userErrors) {
        public boolean written() {
            return revision != null;
        }
    }

    /** A quote from a numbered paragraph of a document in the graph. */
    public record Quote(String document, int paragraph, String quote) {
        CitationInput input() {
            return new CitationInput(document, paragraph, quote, null, null);
        }
    }

    public Result addDocument(String id, String title, String date, String documentType, String author, String text, String reason) {
        return result(curation.apply(new AddDocumentInput(id, title, date, documentType, author, text, List.of(), reason)));
    }

    public Result createEntity(String id, String kind, String name, List<String> aliases, Map<String, Object> properties,
                               Quote quote, String reason, Runnable alsoWhenWritten) {
        return result(curation.apply(new CreateEntityInput(id, List.of(kind), name, aliases, null, properties(properties),
                List.of(quote.input()), reason), alsoWhenWritten));
    }

    public Result createRelation(String from, String type, String to, Map<String, Object> properties, Quote quote, String reason,
                                 Runnable alsoWhenWritten) {
        return result(curation.apply(new CreateRelationInput(from, type, to, properties(properties), List.of(quote.input()), reason),
                alsoWhenWritten));
    }

    /**
     * Several writes applied all or nothing under one revision; errors name the write by its
     * index: {@code ["changes", "2", "createRelation", "to"]}.
     */
    public Batch batch() {
        return new Batch();
    }

    /** Writes collected in order, then applied together. */
    public final class Batch {

        private final List<Inputs.Change> changes = new java.util.ArrayList<>();

        private Batch() {
        }

        public Batch createEntity(String id, String kind, String name, List<String> aliases, Map<String, Object> properties,
                                  Quote quote, String reason) {
            changes.add(new CreateEntityInput(id, List.of(kind), name, aliases, null, properties(properties), List.of(quote.input()), reason));
            return this;
        }

        public Batch createRelation(String from, String type, String to, Map<String, Object> properties, Quote quote, String reason) {
            changes.add(new CreateRelationInput(from, type, to, properties(properties), List.of(quote.input()), reason));
            return this;
        }

        public Result apply(Runnable alsoWhenWritten) {
            return result(curation.applyAll(List.copyOf(changes), alsoWhenWritten));
        }
    }

    private static List<PropertyInput> properties(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> new PropertyInput(e.getKey(), e.getValue())).toList();
    }

    private static Result result(Outcome outcome) {
        return new Result(outcome.revision(), outcome.userErrors());
    }
}
