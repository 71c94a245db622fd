package org.migrationgraph.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Counts the Cypher statements each request runs by standing in front of Neo4jClient, through
 * which every read of the API goes; X-Query-Stats reports the count, and the N+1 test relies on it.
 */
@Configuration(proxyBeanMethods = false)
class StatementCounting {

    @Bean
    static BeanPostProcessor countingNeo4jClient() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof Neo4jClient client ? counting(client) : bean;
            }
        };
    }

    private static Neo4jClient counting(Neo4jClient client) {
        return (Neo4jClient) Proxy.newProxyInstance(Neo4jClient.class.getClassLoader(), new Class<?>[] {Neo4jClient.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("query")) {
                        QueryStats.countStatement();
                    }
                    try {
                        return method.invoke(client, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
