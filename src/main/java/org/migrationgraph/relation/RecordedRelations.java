package org.migrationgraph.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.migrationgraph.asrecorded.Overlay;
import org.migrationgraph.asrecorded.AsRecorded;
import org.migrationgraph.validtime.ValidTime;

/**
 * Lays the graph as recorded at a moment over the pages read now: the relations changed since
 * were left out of the read, so their recorded states (those that existed then) are added where
 * they match the filter, an entity at the other end that changed since is shown as it was, and
 * each page is cut again in (type, id) order after the cursor.
 */
final class RecordedRelations {

    private final AsRecorded asRecorded;
    private final Overlay overlay;
    private final RelationFilter filter;

    RecordedRelations(AsRecorded asRecorded, Overlay overlay, RelationFilter filter) {
        this.asRecorded = asRecorded;
        this.overlay = overlay;
        this.filter = filter;
    }

    void layOver(List<String> ids, Map<String, RelationRows> read) {
        Map<String, Overlay.RecordedEntity> ends = ends(ids);
        for (String id : ids) {
            boolean existed = ends.containsKey(id);
            RelationRows now = read.get(id);
            if (!existed) {
                read.remove(id);
                continue;
            }
            List<RelationRows.Row> rows = new ArrayList<>();
            for (RelationRows.Row row : now == null ? List.<RelationRows.Row>of() : now.rows()) {
                otherAsRecorded(row).ifPresent(rows::add);
            }
            List<RelationRows.Row> recorded = recorded(id, ends);
            rows.addAll(recorded.stream().filter(this::afterCursor).toList());
            rows.sort(RelationRows.Row::compareTo);
            int total = now == null ? recorded.size() : now.total() < 0 ? -1 : now.total() + recorded.size();
            read.put(id, new RelationRows(total, rows.subList(0, Math.min(rows.size(), filter.first() + 1))));
        }
    }

    /** The entities as they were then: the asked ones and the other ends of the recorded relations. */
    private Map<String, Overlay.RecordedEntity> ends(List<String> ids) {
        List<String> wanted = new ArrayList<>(ids);
        ids.forEach(id -> overlay.relationsOf(id).forEach(r -> wanted.add(r.from().equals(id) ? r.to() : r.from())));
        return asRecorded.entitiesThen(overlay, wanted);
    }

    /** A row read now, with its other end as it was then; none if that entity did not exist then. */
    private Optional<RelationRows.Row> otherAsRecorded(RelationRows.Row row) {
        Object otherId = row.other().get("id");
        Optional<Optional<Overlay.RecordedEntity>> changed = overlay.entity(String.valueOf(otherId));
        if (changed.isEmpty()) {
            return Optional.of(row);
        }
        return changed.get().map(then -> new RelationRows.Row(row.id(), row.type(), row.outgoing(), row.props(), then.props(), then.labels(),
                row.undated(), ValidTime.start(then.props())));
    }

    private List<RelationRows.Row> recorded(String id, Map<String, Overlay.RecordedEntity> ends) {
        ValidTime time = filter.time();
        List<RelationRows.Row> rows = new ArrayList<>();
        for (Overlay.RecordedRelation r : overlay.relationsOf(id)) {
            boolean outgoing = r.from().equals(id);
            Overlay.RecordedEntity other = ends.get(outgoing ? r.to() : r.from());
            if (other == null || !matches(r, outgoing, other) || !time.holds(r.props()) || !time.exists(other.props())) {
                continue;
            }
            rows.add(new RelationRows.Row(r.id(), r.type(), outgoing, r.props(), other.props(), other.labels(),
                    time.undatedRelation(r.props()), ValidTime.start(other.props())));
        }
        return rows;
    }

    private boolean matches(Overlay.RecordedRelation r, boolean outgoing, Overlay.RecordedEntity other) {
        return (filter.types() == null || filter.types().contains(r.type()))
                && (filter.direction() == null || filter.direction().equals("OUTGOING") == outgoing)
                && (filter.kinds() == null || filter.kinds().stream().anyMatch(other.labels()::contains));
    }

    private boolean afterCursor(RelationRows.Row row) {
        String type = filter.after().type();
        return type == null || row.type().compareTo(type) > 0 || (row.type().equals(type) && row.id().compareTo(filter.after().id()) > 0);
    }
}
