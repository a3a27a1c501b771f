package org.quotecheck.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the read-only statements that can tolerate replica lag (search, verify candidates) on the
 * read replica when one is configured (QUOTECHECK_READ_REPLICA_ENABLED), and on the primary
 * otherwise — or when the replica fails, so a replica outage degrades speed, not answers. The SQL
 * uses named parameters (:name, see {@link NamedParameters}); Long[] binds as bigint[], String[] as text[].
 */
@ApplicationScoped
public class ReadQueries {

    private static final Logger LOG = Logger.getLogger(ReadQueries.class);

    private final AgroalDataSource primary;
    private final InjectableInstance<AgroalDataSource> replica;
    private final boolean replicaEnabled;

    ReadQueries(AgroalDataSource primary, @DataSource("ro") InjectableInstance<AgroalDataSource> replica,
            @ConfigProperty(name = "quarkus.datasource.ro.active", defaultValue = "false") boolean replicaEnabled) {
        this.primary = primary;
        this.replica = replica;
        this.replicaEnabled = replicaEnabled;
    }

    public List<Object[]> list(String sql, Map<String, Object> params) {
        if (replicaEnabled) {
            try (Connection c = replica.get().getConnection()) {
                return NamedParameters.query(c, sql, params);
            } catch (SQLException e) {
                LOG.warnf("Read replica failed (%s); reading from the primary", e.getMessage());
            }
        }
        // plain JDBC: these statements map to no entity, and the ORM's native-query layer cost more than
        // the statement itself on the verify path. Within a transaction the pool hands out the
        // transaction's own connection; without one, an autocommit connection (no begin, no commit)
        try (Connection c = primary.getConnection()) {
            return NamedParameters.query(c, sql, params);
        } catch (SQLException e) {
            throw new jakarta.persistence.PersistenceException(e);
        }
    }
}
