package org.quotecheck.search;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.quotecheck.app.QuotecheckConfig;
import org.quotecheck.common.PublicId;
import org.quotecheck.verify.SearchBackend;

/**
 * With the {@code opensearch} backend, readiness tells the index's lag behind the quote table
 * (quotes changed after the indexer's checkpoint), whether this pod is the indexer and whether the
 * cluster answers. It stays up when the cluster is down: verify then answers from the exact-wording
 * look-up and says so, which beats every pod leaving the load balancer at once.
 */
@ApplicationScoped
@Readiness
public class SearchIndexHealth implements HealthCheck {

    private final boolean active;
    private final OpenSearchSource source;
    private final AgroalDataSource dataSource;

    SearchIndexHealth(QuotecheckConfig config, OpenSearchSource source, AgroalDataSource dataSource) {
        this.active = config.search().backend() == SearchBackend.OPENSEARCH;
        this.source = source;
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder health = HealthCheckResponse.named("search-index").up();
        if (!active) {
            return health.withData("backend", "embedded").build();
        }
        health.withData("backend", "opensearch").withData("index", source.indexName()).withData("indexer", source.indexing() ? "this pod" : "another pod")
                .withData("cluster", source.clusterUp() ? "up" : "down");
        source.liveIndex().ifPresent(live -> health.withData("liveIndex", live));
        try (Connection c = dataSource.getConnection()) {
            ChangeFeedIndexer.Lag lag = ChangeFeedIndexer.lag(c, source.indexName());
            health.withData("checkpoint", lag.checkpoint()).withData("lagQuotes", lag.quotes()).withData("newestChange", lag.newestSeq());
            RebuildQueries.unfinished(c, source.indexName())
                    .ifPresent(r -> health.withData("rebuild", PublicId.REBUILD.format(r.id()) + " " + r.state().value()));
        } catch (SQLException e) {
            health.withData("lag", "unknown: " + e.getMessage());
        }
        return health.build();
    }
}
