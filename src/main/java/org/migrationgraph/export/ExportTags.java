package org.migrationgraph.export;

import java.util.stream.Collectors;

/** An export's ETag and file name: both say the revision and what was asked, so equal tags mean equal files. */
final class ExportTags {

    private ExportTags() {
    }

    static String etag(Exporter.Prepared prepared) {
        String scope = prepared.scope().asParameters().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        return "W/\"r" + prepared.state().revision() + "-" + prepared.format().fileName()
                + (scope.isEmpty() ? "" : "-" + Integer.toHexString(scope.hashCode())) + "\"";
    }

    static String fileName(Exporter.Prepared prepared) {
        String scope = prepared.scope().asParameters().entrySet().stream()
                .filter(e -> !e.getKey().equals("depth") || prepared.scope().around() != null)
                .map(e -> e.getValue().replaceAll("[^A-Za-z0-9_-]+", "-")).collect(Collectors.joining("-"));
        return "migration-graph-r" + prepared.state().revision() + (scope.isEmpty() ? "" : "-" + scope) + "-" + prepared.format().fileName();
    }
}
