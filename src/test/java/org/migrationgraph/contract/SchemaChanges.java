package org.migrationgraph.contract;

import java.util.List;

import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;

/**
 * What GraphQL Inspector's breaking-change check does, with graphql-java's own schema diff: the
 * breaking changes between two SDLs, and those a changelog's "Unreleased" section does not name
 * (as {@code `Type.field`}, or {@code `Type`} for a change to a whole type).
 */
final class SchemaChanges {

    private SchemaChanges() {
    }

    static List<DiffEvent> breaking(String before, String after) {
        CapturingReporter reporter = new CapturingReporter();
        new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromSdl(before, after), reporter);
        return reporter.getBreakages();
    }

    static List<String> unlisted(List<DiffEvent> breaking, String changelog) {
        String unreleased = unreleased(changelog);
        return breaking.stream().filter(e -> !unreleased.contains("`" + name(e) + "`"))
                .map(e -> "`" + name(e) + "`: " + e.getReasonMsg()).toList();
    }

    static String name(DiffEvent event) {
        return event.getFieldName() == null ? event.getTypeName() : event.getTypeName() + "." + event.getFieldName();
    }

    /** The text between "## Unreleased" and the next "## " heading. */
    static String unreleased(String changelog) {
        int start = changelog.indexOf("## Unreleased");
        if (start < 0) {
            return "";
        }
        int end = changelog.indexOf("\n## ", start + 1);
        return changelog.substring(start, end < 0 ? changelog.length() : end);
    }
}
