package org.quotecheck.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
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

    private final EntityManager em;
    private final InjectableInstance<AgroalDataSource> replica;
    private final boolean replicaEnabled;

    ReadQueries(EntityManager em, @DataSource("ro") InjectableInstance<AgroalDataSource> replica,
            @ConfigProperty(name = "quarkus.datasource.ro.active", defaultValue = "false") boolean replicaEnabled) {
        this.em = em;
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
        // plain JDBC on the transaction's connection: these statements map to no entity, and the ORM's
        // native-query layer cost more than the statement itself on the verify path
        return em.unwrap(org.hibernate.Session.class).doReturningWork(c -> NamedParameters.query(c, sql, params));
    }

    /**
     * Plans the following statements of this transaction once and reuses the plan (generic plans),
     * for statements whose planning costs more than running them. Only where the transaction's own
     * connection runs them: with a replica, reads go to autocommit connections and this would be a
     * wasted round trip.
     */
    public void preferGenericPlans() {
        if (replicaEnabled) {
            return;
        }
        em.unwrap(org.hibernate.Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select set_config('plan_cache_mode', 'force_generic_plan', true)")) {
                ps.execute();
            }
        });
    }
}
