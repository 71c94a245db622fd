package org.migrationgraph.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * /graphiql is GraphiQL served from the jar (static/graphiql with GraphiQL and React from
 * WebJars), in place of Spring for GraphQL's page, which loads its scripts from a CDN and is
 * blank without internet.
 */
@Configuration(proxyBeanMethods = false)
class GraphiQlPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
    }
}
