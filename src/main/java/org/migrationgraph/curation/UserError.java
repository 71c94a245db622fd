package org.migrationgraph.curation;

import java.util.List;

import org.migrationgraph.seed.ViolationCode;

/** What was wrong with a change, where (the input path) and of which kind; the UserError type. */
public record UserError(List<String> field, String message, ViolationCode code) {
}
