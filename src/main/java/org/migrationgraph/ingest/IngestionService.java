package org.migrationgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.migrationgraph.change.GraphChanges;
import org.migrationgraph.curation.CuratedWrites;
import org.migrationgraph.curation.UserError;
import org.migrationgraph.seed.DocumentText;
import org.migrationgraph.seed.ViolationCode;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Ingests a text: stores it as a Document (a curated write, with history, through the same checks
 * as addDocument), reads it against the names the graph holds, and stores its sentences,
 * mentions and proposals. The same text again reuses the document and proposes nothing new.
 */
@Service
class IngestionService {

    private final CuratedWrites writes;
    private final IngestionStore store;
    private final GraphChanges changes;

    IngestionService(CuratedWrites writes, IngestionStore store, GraphChanges changes) {
        this.writes = writes;
        this.store = store;
        this.changes = changes;
    }

    /** What to ingest; {@code id} may be left out (doc: and the title's first words and the date). */
    record IngestInput(String id, String title, String date, String kind, String author, String text, String reason) {
    }

    /** What ingestion did, or the user errors and nothing done. */
    record IngestOutcome(String documentId, Long revision, boolean documentAdded, int paragraphs, int sentences, int mentions,
                         int ambiguousMentions, int proposals, long newProposals, int alreadyInGraph, List<UserError> userErrors) {

        static IngestOutcome refused(List<UserError> errors) {
            return new IngestOutcome(null, null, false, 0, 0, 0, 0, 0, 0, 0, List.copyOf(errors));
        }
    }

    IngestOutcome ingest(IngestInput input) {
        List<UserError> errors = check(input);
        if (!errors.isEmpty()) {
            return IngestOutcome.refused(errors);
        }
        String id = input.id() != null && !input.id().isBlank() ? input.id()
                : ReadingContext.suggestId("doc", null, input.title()) + (input.date() == null ? "" : "-" + input.date());
        List<String> paragraphs = DocumentText.paragraphs(input.text());
        Optional<List<String>> stored = store.paragraphs(id).filter(p -> !p.isEmpty());
        Long revision = null;
        if (stored.isPresent() && !stored.get().equals(paragraphs)) {
            return IngestOutcome.refused(List.of(error("id", ViolationCode.CONFLICT, "a different text is already stored as '" + id
                    + "'; give this one an id of its own, or ingest the stored text unchanged to read it again")));
        }
        if (stored.isEmpty()) {
            String kind = input.kind() == null || input.kind().isBlank() ? "document" : input.kind();
            CuratedWrites.Result added = writes.addDocument(id, input.title(), input.date(), kind, input.author(), input.text(),
                    reason(input));
            if (!added.written()) {
                return IngestOutcome.refused(added.userErrors());
            }
            revision = added.revision();
        }
        Reading read = DocumentReader.read(new IngestDocument(id, input.title(), input.date(), input.kind(), input.author(),
                input.text()), store.knownNames(), store.acceptedEntities(id));
        // What the graph already states is not proposed again.
        java.util.Set<String> known = store.alreadyInGraph(read.proposals());
        Reading reading = new Reading(read.documentId(), read.paragraphs(), read.sentences(), read.mentions(),
                read.proposals().stream().filter(p -> !known.contains(p.key())).toList());
        long created = store.write(reading, author());
        changes.invalidate();
        int ambiguous = (int) reading.mentions().stream().filter(m -> !m.resolved()).count();
        return new IngestOutcome(id, revision, stored.isEmpty(), paragraphs.size(), reading.sentences().size(),
                reading.mentions().size() - ambiguous, ambiguous, reading.proposals().size(), created, known.size(), List.of());
    }

    private static List<UserError> check(IngestInput input) {
        List<UserError> errors = new ArrayList<>();
        if (input.title() == null || input.title().isBlank()) {
            errors.add(error("title", ViolationCode.REQUIRED, "a document needs a title"));
        }
        if (input.text() == null || DocumentText.paragraphs(input.text()).isEmpty()) {
            errors.add(error("text", ViolationCode.REQUIRED, "the document has no text; paragraphs are separated by blank lines"));
        }
        if (input.date() != null && !input.date().matches("\\d{4}-\\d{2}-\\d{2}")) {
            errors.add(error("date", ViolationCode.INVALID_DATE, "'" + input.date()
                    + "' is not a full ISO date; give the day the document is dated (YYYY-MM-DD), which relative dates in it are read against"));
        }
        return errors;
    }

    private static String reason(IngestInput input) {
        return input.reason() != null && !input.reason().isBlank() ? input.reason() : "ingested: " + input.title();
    }

    static UserError error(String field, ViolationCode code, String message) {
        return new UserError(List.of("input", field), message, code);
    }

    /** Who is ingesting or reviewing: the API key's holder, as history records it. */
    static String author() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication()).filter(Authentication::isAuthenticated)
                .map(Authentication::getName).orElse("unknown");
    }
}
