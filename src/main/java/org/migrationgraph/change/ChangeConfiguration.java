package org.migrationgraph.change;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduling for {@link GraphStateWatcher}'s poll. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ChangeConfiguration {
}
