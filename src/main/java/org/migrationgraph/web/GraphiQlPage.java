package org.migrationgraph.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * /graphiql is GraphiQL served from the jar (classpath graphiql/ with GraphiQL and React from
 * WebJars), in place of Spring for GraphQL's page, which loads its scripts from a CDN and is
 * blank without internet. Off with {@code migration-graph.graphiql.enabled=false} (the prod
 * profile's default): then /graphiql is a 404 like any unknown path. Its files live outside
 * static/ for that reason.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "migration-graph.graphiql.enabled", matchIfMissing = true)
class GraphiQlPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/graphiql/**").addResourceLocations("classpath:/graphiql/");
    }
}
