package org.migrationgraph.web;

/** The request-state contract on the request thread (the default). */
class RequestStateOnPlatformThreadsIT extends RequestStateContract {
}
