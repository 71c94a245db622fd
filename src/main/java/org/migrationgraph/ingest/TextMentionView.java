package org.migrationgraph.ingest;

import java.util.List;

/** A TextMention as the API shows it: where in the paragraph, the words, and whom they name. */
record TextMentionView(int paragraph, int start, int end, String surface, String entityId, String entityName, String entityKind,
                       List<String> candidates, String rule) {
}
