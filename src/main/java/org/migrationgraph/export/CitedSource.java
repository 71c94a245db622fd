package org.migrationgraph.export;

import java.util.List;

/**
 * One source the facts of a subject rest on, for a reference manager: a document of the graph
 * (with the paragraph numbers relied on) or a public reference (with where in it), and how many
 * of the facts cite it.
 *
 * @param id         the document's or reference's id ({@code doc:...}, {@code ref:...})
 * @param document   true for a document held in the graph, false for a public reference
 * @param title      its title (a document's name)
 * @param date       its date, as precise as the graph knows it (ISO, possibly partial), or null
 * @param authors    who spoke or wrote it, as the graph names them (AUTHORED, or the speaker given)
 * @param publisher  a reference's publisher, or null
 * @param url        where to read it: a reference's address, or the document's page in the explorer
 * @param genre      a document's type ("remarks", "meeting summary"), or null
 * @param locators   paragraph numbers (documents) or the reference's own locators ("para 45(a)")
 * @param facts      how many of the subject's facts cite it
 */
record CitedSource(String id, boolean document, String title, String date, List<String> authors, String publisher, String url,
                   String genre, List<String> locators, int facts) {
}
