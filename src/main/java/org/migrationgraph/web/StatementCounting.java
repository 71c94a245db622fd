package org.migrationgraph.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.migrationgraph.reads.GraphReads;
import org.migrationgraph.reads.Row;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Counts the Cypher statements each request runs by standing in front of GraphReads, through
 * which every read of the API goes; X-Query-Stats reports the count, and the N+1 test relies on it.
 */
@Configuration(proxyBeanMethods = false)
class StatementCounting {

    @Bean
    static BeanPostProcessor countingGraphReads() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof GraphReads reads ? new Counting(reads) : bean;
            }
        };
    }

    private record Counting(GraphReads reads) implements GraphReads {
        @Override
        public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Row, T> row) {
            QueryStats.countStatement();
            return reads.list(cypher, parameters, row);
        }
    }
}
