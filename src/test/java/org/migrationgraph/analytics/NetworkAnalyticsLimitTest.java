package org.migrationgraph.analytics;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.migrationgraph.change.GraphChanges;
import org.migrationgraph.entity.EntityRepository;
import org.migrationgraph.support.ApiException;
import org.migrationgraph.support.ErrorCode;
import org.migrationgraph.vocabulary.Vocabulary;

/** networkMetrics refuses a subgraph too large for exact betweenness, before reading its relations. */
class NetworkAnalyticsLimitTest {

    @Test
    void shouldRefuseMoreEntitiesThanExactBetweennessCanCoverSayingHowToNarrowIt() {
        AnalyticsRepository repository = mock(AnalyticsRepository.class);
        Vocabulary vocabulary = mock(Vocabulary.class);
        given(vocabulary.relationTypeNames()).willReturn(List.of("ATTENDED", "MEMBER_OF"));
        given(vocabulary.structuralRelationTypes()).willReturn(List.of("MEMBER_OF"));
        Set<String> many = new LinkedHashSet<>(IntStream.rangeClosed(0, NetworkAnalytics.MAX_ENTITIES).mapToObj(i -> "statement:" + i).toList());
        given(repository.nodes(null, NetworkAnalytics.MAX_ENTITIES + 1)).willReturn(many);
        NetworkAnalytics analytics = new NetworkAnalytics(repository, mock(EntityRepository.class), vocabulary, mock(GraphChanges.class));

        assertThatThrownBy(() -> analytics.metrics(null, null, false, NetworkAnalytics.Measure.PAGE_RANK, 10))
                .isInstanceOfSatisfying(ApiException.class, e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(ErrorCode.QUERY_TOO_COMPLEX))
                .hasMessageContaining("10,001 entities (every kind)").hasMessageContaining("Choose kinds");
        verify(repository, never()).edges(any(), any());
    }
}
