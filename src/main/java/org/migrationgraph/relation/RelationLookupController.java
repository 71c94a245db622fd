package org.migrationgraph.relation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.migrationgraph.entity.EntityRepository;
import org.migrationgraph.entity.EntityView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Query.relation and the fields of the Relation type. */
@Controller
class RelationLookupController {

    private final RelationLookup relations;
    private final EntityRepository entities;

    RelationLookupController(RelationLookup relations, EntityRepository entities) {
        this.relations = relations;
        this.entities = entities;
    }

    @QueryMapping
    RelationView relation(@Argument String id) {
        return relations.findById(id).orElse(null);
    }

    @BatchMapping(typeName = "Relation")
    Map<RelationView, EntityView> from(List<RelationView> views) {
        return ends(views, RelationView::fromId);
    }

    @BatchMapping(typeName = "Relation")
    Map<RelationView, EntityView> to(List<RelationView> views) {
        return ends(views, RelationView::toId);
    }

    private Map<RelationView, EntityView> ends(List<RelationView> views, Function<RelationView, String> end) {
        Map<String, EntityView> found = entities.findByIds(views.stream().map(end).distinct().toList());
        Map<RelationView, EntityView> result = new java.util.HashMap<>();
        views.forEach(v -> {
            EntityView entity = found.get(end.apply(v));
            if (entity != null) {
                result.put(v, entity);
            }
        });
        return result;
    }
}
