package org.migrationgraph.generate;

import java.util.List;
import java.util.Map;

/**
 * The seed's entities that generated documents talk about, by role, each as id and name: States
 * that attend, speak and host, agencies that organize, the bodies meetings belong to, topics and
 * frameworks statements concern, and the two hubs (the framework most statements concern, the
 * network most are addressed to). Read from the store before generating, or from the seed's
 * rows for a new store, in id order either way, so a generation depends only on the seed and the
 * generator's seed number.
 */
record Anchors(List<Named> states, List<Named> organizations, List<Named> bodies, List<Named> topics,
               Named concernedHub, Named addressedHub, Named organizerHub) {

    /** An entity of the seed: its id and its name. */
    record Named(String id, String name) {
    }

    static final String HUB_FRAMEWORK = "framework:gcm";
    static final String HUB_NETWORK = "org:network";
    static final String HUB_ORGANIZER = "org:iom";

    /** The roles from the seed's entities by kind (id and name each); fails when the seed lacks what they need. */
    static Anchors from(Map<String, List<Named>> byKind) {
        List<Named> states = require(byKind, "MemberState");
        List<Named> organizations = require(byKind, "Organization");
        List<Named> bodies = new java.util.ArrayList<>(require(byKind, "Group"));
        bodies.addAll(byKind.getOrDefault("Initiative", List.of()));
        List<Named> topics = new java.util.ArrayList<>(require(byKind, "Topic"));
        topics.addAll(byKind.getOrDefault("Framework", List.of()));
        return new Anchors(states, organizations, List.copyOf(bodies), List.copyOf(topics),
                find(byKind, "Framework", HUB_FRAMEWORK), find(byKind, "Organization", HUB_NETWORK), find(byKind, "Organization", HUB_ORGANIZER));
    }

    /** The kinds whose entities may be anchors. */
    static final List<String> KINDS = List.of("MemberState", "Organization", "Group", "Initiative", "Topic", "Framework");

    /** The roles from entity rows (BulkWrites' shape, as the seed loader writes them), in id order as read from a store. */
    @SuppressWarnings("unchecked")
    static Anchors fromRows(List<Map<String, Object>> rows) {
        Map<String, List<Named>> byKind = new java.util.TreeMap<>();
        rows.stream().map(row -> (Map<String, Object>) row.get("props")).filter(p -> KINDS.contains(p.get("kind")))
                .sorted(java.util.Comparator.comparing(p -> (String) p.get("id")))
                .forEach(p -> byKind.computeIfAbsent((String) p.get("kind"), k -> new java.util.ArrayList<>())
                        .add(new Named((String) p.get("id"), (String) p.get("name"))));
        return from(byKind);
    }

    private static List<Named> require(Map<String, List<Named>> byKind, String kind) {
        List<Named> found = byKind.getOrDefault(kind, List.of());
        if (found.isEmpty()) {
            throw new IllegalStateException("The graph has no " + kind + " to generate around; load the seed first (start the service once).");
        }
        return found;
    }

    private static Named find(Map<String, List<Named>> byKind, String kind, String id) {
        return byKind.getOrDefault(kind, List.of()).stream().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The graph has no " + id + " to use as a hub; load the project's seed first."));
    }
}
