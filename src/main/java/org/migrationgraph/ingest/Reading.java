package org.migrationgraph.ingest;

import java.util.List;

/** What reading a document found: its paragraphs, sentences, mentions and proposals. */
record Reading(String documentId, List<String> paragraphs, List<Sentence> sentences, List<Mention> mentions,
               List<Proposal> proposals) {
}
