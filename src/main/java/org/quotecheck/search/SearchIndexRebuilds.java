package org.quotecheck.search;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quotecheck.app.QuotecheckConfig;
import org.quotecheck.common.PublicId;
import org.quotecheck.error.ApiException;
import org.quotecheck.error.ProblemType;
import org.quotecheck.verify.SearchBackend;

/**
 * Rebuilds of the search index as the API sees them: asking for one records it (any pod may take
 * the request), and the indexer pod runs it ({@link AliasIndexer}). With the embedded backend
 * there is nothing to ask for: each pod builds its own index when it starts.
 */
@ApplicationScoped
public class SearchIndexRebuilds {

    static final String PATH = "/v1/admin/search-index/rebuilds";

    private final boolean opensearch;
    private final String alias;
    private final AgroalDataSource dataSource;

    SearchIndexRebuilds(QuotecheckConfig config, AgroalDataSource dataSource) {
        this.opensearch = config.search().backend() == SearchBackend.OPENSEARCH;
        this.alias = config.search().opensearch().index();
        this.dataSource = dataSource;
    }

    /** Records a pending rebuild; 409 while another is unfinished, or with the embedded backend. */
    public RebuildResponse request(String requestedBy) {
        if (!opensearch) {
            throw new ApiException(ProblemType.EMBEDDED_INDEX_REBUILT_AT_START, "The search backend is embedded: each pod builds its candidate index "
                    + "from the quote table when it starts, so a rolling restart (kubectl rollout restart deployment/quotecheck) rebuilds every pod's "
                    + "while the others serve. Rebuilds through the API are for the opensearch backend.");
        }
        try (Connection c = dataSource.getConnection()) {
            Optional<Long> id = RebuildQueries.request(c, alias, requestedBy);
            if (id.isEmpty()) {
                Optional<Rebuild> running = RebuildQueries.unfinished(c, alias);
                if (running.isEmpty()) {
                    id = RebuildQueries.request(c, alias, requestedBy); // the unfinished one has just finished
                }
                if (id.isEmpty()) {
                    throw inProgress(running.orElse(null));
                }
            }
            return response(c, RebuildQueries.find(c, id.get()).orElseThrow());
        } catch (SQLException e) {
            throw new IllegalStateException("recording a rebuild of the search index failed", e);
        }
    }

    public RebuildResponse get(String publicId) {
        long id = PublicId.REBUILD.parse(publicId);
        try (Connection c = dataSource.getConnection()) {
            Rebuild rebuild = RebuildQueries.find(c, id).orElseThrow(() -> ApiException.notFound(PublicId.REBUILD.noun(), publicId));
            return response(c, rebuild);
        } catch (SQLException e) {
            throw new IllegalStateException("reading a rebuild of the search index failed", e);
        }
    }

    /** The lag is worked out while the new index fills; before and after, the rebuild has none of its own. */
    private static RebuildResponse response(Connection c, Rebuild rebuild) throws SQLException {
        Long lag = null;
        if (rebuild.state() == RebuildState.INDEXING && rebuild.newIndex() != null) {
            lag = ChangeFeedIndexer.lag(c, rebuild.newIndex()).quotes();
        }
        return RebuildResponse.of(rebuild, lag);
    }

    private static ApiException inProgress(Rebuild running) {
        if (running == null) {
            return new ApiException(ProblemType.REBUILD_IN_PROGRESS, "Another rebuild of the search index is unfinished; ask again once it is done.");
        }
        String id = PublicId.REBUILD.format(running.id());
        return new ApiException(ProblemType.REBUILD_IN_PROGRESS, "Rebuild " + id + " of the search index is " + running.state().value()
                + "; follow it at " + PATH + "/" + id + " and ask again once it is done.", List.of(), Map.of("existingId", id));
    }
}
