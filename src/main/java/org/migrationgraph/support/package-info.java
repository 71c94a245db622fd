/**
 * Small shared pieces with no Spring or web dependency: typed errors ({@code ApiException},
 * {@code ErrorCode}), paging ({@code OffsetCursor}, {@code Page}, {@code PageInfo}), partial ISO
 * dates, name keys, the redirects a request followed ({@code Redirects}) and the paths that read
 * the graph ({@code ApiPaths}). Every package may depend on it (the seed validator does, without
 * depending on the web layer); it depends on nothing else in the project.
 */
package org.migrationgraph.support;
