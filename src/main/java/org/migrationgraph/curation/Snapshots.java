package org.migrationgraph.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.migrationgraph.seed.SeedCitation;
import org.migrationgraph.seed.SeedEntity;
import org.migrationgraph.seed.SeedRelation;
import org.migrationgraph.seed.StoredRecords;

/**
 * Entities and relations as stored, read back into the seed's records (so a change can be
 * checked by the same rules and written by the same row builder), and as the plain maps history
 * keeps as "before" and "after".
 */
final class Snapshots {

    private Snapshots() {
    }

    /** An entity as stored: its record, its version and its kind labels in order. */
    record StoredEntity(SeedEntity entity, long version) {

        static StoredEntity of(Map<String, Object> props, List<String> labels) {
            return new StoredEntity(StoredRecords.entity(props, labels, null), StoredRecords.version(props));
        }

        Map<String, Object> json() {
            return Snapshots.json(entity);
        }
    }

    /** A relation as stored. */
    record StoredRelation(SeedRelation relation, long version) {

        static StoredRelation of(Map<String, Object> props, String type, String from, String to) {
            return new StoredRelation(StoredRecords.relation(props, type, from, to), StoredRecords.version(props));
        }

        Map<String, Object> json() {
            return Snapshots.json(relation);
        }
    }

    static Map<String, Object> json(SeedEntity e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", e.id());
        json.put("kinds", e.kinds());
        json.put("name", e.name());
        json.put("aliases", e.aliases());
        if (e.description() != null) {
            json.put("description", e.description());
        }
        json.put("properties", new TreeMap<>(e.properties()));
        json.put("citations", e.citations().stream().map(SeedCitation::asMap).toList());
        return json;
    }

    static Map<String, Object> json(SeedRelation r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.id());
        json.put("from", r.from());
        json.put("type", r.type());
        json.put("to", r.to());
        json.put("properties", new TreeMap<>(r.properties()));
        json.put("citations", r.citations().stream().map(SeedCitation::asMap).toList());
        return json;
    }

    /** The top-level keys whose values differ, with properties named one by one ("properties.date"). */
    static List<String> changedFields(Map<String, Object> before, Map<String, Object> after) {
        List<String> fields = new ArrayList<>();
        java.util.Set<String> keys = new java.util.TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            if (key.equals("properties")) {
                Map<?, ?> a = (Map<?, ?>) before.getOrDefault(key, Map.of());
                Map<?, ?> b = (Map<?, ?>) after.getOrDefault(key, Map.of());
                java.util.Set<Object> names = new java.util.TreeSet<>();
                names.addAll(a.keySet());
                names.addAll(b.keySet());
                names.stream().filter(n -> !java.util.Objects.equals(a.get(n), b.get(n))).forEach(n -> fields.add("properties." + n));
            } else if (!java.util.Objects.equals(before.get(key), after.get(key))) {
                fields.add(key);
            }
        }
        return fields;
    }
}
