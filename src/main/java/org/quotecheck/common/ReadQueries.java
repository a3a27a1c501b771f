package org.quotecheck.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs the read-only statements that can tolerate replica lag (search, verify candidates) on the
 * read replica when one is configured (QUOTECHECK_READ_REPLICA_ENABLED), and on the primary
 * otherwise — or when the replica fails, so a replica outage degrades speed, not answers. The SQL
 * uses named parameters (:name); collections expand to lists, Long[] binds as bigint[].
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

    @SuppressWarnings("unchecked")
    public List<Object[]> list(String sql, Map<String, Object> params) {
        if (replicaEnabled) {
            try {
                return onReplica(sql, params);
            } catch (SQLException e) {
                LOG.warnf("Read replica failed (%s); reading from the primary", e.getMessage());
            }
        }
        var query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        List<Object> rows = query.getResultList();
        List<Object[]> out = new ArrayList<>(rows.size());
        for (Object row : rows) {
            out.add(row instanceof Object[] array ? array : new Object[] {row});
        }
        return out;
    }

    private List<Object[]> onReplica(String sql, Map<String, Object> params) throws SQLException {
        List<Object> values = new ArrayList<>();
        String jdbc = positional(sql, params, values);
        try (Connection c = replica.get().getConnection(); PreparedStatement ps = c.prepareStatement(jdbc)) {
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v instanceof Long[] longs) {
                    Array array = c.createArrayOf("bigint", longs);
                    ps.setArray(i + 1, array);
                } else {
                    ps.setObject(i + 1, v);
                }
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int k = 0; k < columns; k++) {
                        row[k] = rs.getObject(k + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    /** ":name" → "?" (collections → "?, ?, …"), outside quoted literals and "::" casts. */
    static String positional(String sql, Map<String, Object> params, List<Object> values) {
        StringBuilder out = new StringBuilder(sql.length());
        boolean literal = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                literal = !literal;
            }
            if (!literal && c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))
                    && (i == 0 || sql.charAt(i - 1) != ':')) {
                int j = i + 1;
                while (j < sql.length() && Character.isJavaIdentifierPart(sql.charAt(j))) {
                    j++;
                }
                String name = sql.substring(i + 1, j);
                if (!params.containsKey(name)) {
                    throw new IllegalArgumentException("no value for :" + name);
                }
                Object value = params.get(name);
                if (value instanceof Collection<?> collection) {
                    int n = 0;
                    for (Object element : collection) {
                        out.append(n++ == 0 ? "?" : ", ?");
                        values.add(element);
                    }
                } else {
                    out.append('?');
                    values.add(value);
                }
                i = j - 1;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
