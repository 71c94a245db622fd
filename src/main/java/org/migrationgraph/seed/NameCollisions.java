package org.migrationgraph.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.migrationgraph.support.NameKeys;

/**
 * Finds names and aliases that match a second entity, the way a reader or a search would match
 * them (case, accents, punctuation and a leading "the" ignored). Each one is a problem unless the
 * seed lists it under {@code sharedNames} with a reason; a listed exception that no longer
 * matches is reported too, so the list cannot rot.
 */
final class NameCollisions {

    private NameCollisions() {
    }

    static List<SeedProblem> check(Seed seed) {
        Map<String, Set<String>> owners = new LinkedHashMap<>();
        Map<String, SeedEntity> firstUse = new LinkedHashMap<>();
        for (SeedEntity entity : seed.entities()) {
            if (entity.id() == null) {
                continue;
            }
            for (String name : names(entity)) {
                String key = NameKeys.of(name);
                if (!key.isEmpty()) {
                    owners.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(entity.id());
                    firstUse.putIfAbsent(key + "|" + entity.id(), entity);
                }
            }
        }
        Map<String, SeedSharedName> allowed = new LinkedHashMap<>();
        seed.sharedNames().forEach(shared -> allowed.put(NameKeys.of(shared.name()), shared));
        List<SeedProblem> problems = new ArrayList<>();
        owners.forEach((key, ids) -> {
            if (ids.size() < 2) {
                return;
            }
            SeedSharedName exception = allowed.get(key);
            if (exception == null || !Set.copyOf(exception.ids()).equals(ids)) {
                // Reported where the name was given a second time, in reading order: that is the edit to look at.
                SeedEntity second = firstUse.get(key + "|" + new ArrayList<>(ids).get(1));
                problems.add(new SeedProblem(second.file(), second.line(), "the name or alias '" + key + "' belongs to "
                        + String.join(" and ", new TreeSet<>(ids)) + "; make it unambiguous, or list it under 'sharedNames' with those ids and a reason"));
            }
        });
        allowed.forEach((key, shared) -> {
            Set<String> ids = owners.getOrDefault(key, Set.of());
            if (ids.size() < 2) {
                problems.add(new SeedProblem(shared.file(), shared.line(), "'sharedNames' lists '" + shared.name()
                        + "', which no two entities share any more; remove it"));
            }
        });
        return problems;
    }

    private static List<String> names(SeedEntity entity) {
        List<String> names = new ArrayList<>();
        if (entity.name() != null) {
            names.add(entity.name());
        }
        // An entity may repeat a form of its own name as an alias; count each entity once per form.
        entity.aliases().forEach(names::add);
        return names;
    }

}
