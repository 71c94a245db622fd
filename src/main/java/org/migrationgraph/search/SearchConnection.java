package org.migrationgraph.search;

import java.util.List;

import org.migrationgraph.support.PageInfo;

/** A page of ranked results. */
record SearchConnection(List<SearchHit> edges, PageInfo pageInfo) {
}
