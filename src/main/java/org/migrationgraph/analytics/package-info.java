/**
 * Network analytics over the cited graph, for dashboards and researchers: centrality (degree,
 * betweenness, PageRank) and communities (label propagation) of a chosen subgraph, and
 * interlocks (the entities sharing the most neighbours with one, LittleSis-style, each shared
 * neighbour with the citations of both relations). JGraphT does the maths ({@code Metrics}, pure);
 * {@code SubgraphLoader} reads the subgraph; results are cached per graph generation. Structural
 * relation types (the vocabulary's {@code structural: true}) are left out unless asked, and the
 * answers say which were. It depends on {@code reads}, {@code entity} (the read model),
 * {@code vocabulary} and {@code change} (the graph's generation); nothing depends on it.
 */
package org.migrationgraph.analytics;
