package org.migrationgraph.export;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The files an export can be, by the name they are served under. */
public enum ExportFormat {

    NODES_CSV("nodes.csv", "text/csv;charset=UTF-8", true, false),
    EDGES_CSV("edges.csv", "text/csv;charset=UTF-8", false, true),
    GRAPHML("graph.graphml", "application/graphml+xml;charset=UTF-8", true, true),
    CYTOSCAPE("cytoscape.json", "application/json", true, true),
    JSON_LD("graph.jsonld", "application/ld+json", true, true),
    CYPHER("graph.cypher", "text/plain;charset=UTF-8", true, true);

    private final String fileName;
    private final String mediaType;
    private final boolean nodes;
    private final boolean edges;

    ExportFormat(String fileName, String mediaType, boolean nodes, boolean edges) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.nodes = nodes;
        this.edges = edges;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    boolean hasNodes() {
        return nodes;
    }

    boolean hasEdges() {
        return edges;
    }

    public static Optional<ExportFormat> byFileName(String name) {
        return Arrays.stream(values()).filter(f -> f.fileName.equals(name)).findFirst();
    }

    static String fileNames() {
        return Arrays.stream(values()).map(ExportFormat::fileName).collect(Collectors.joining(", "));
    }
}
