package org.migrationgraph.entity;

import java.util.Map;

/** A read model whose schema fields beyond its own components come from stored properties. */
public interface PropertyHolder {

    Map<String, Object> properties();
}
