package org.quotecheck.common;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Named parameters (:name) for plain JDBC; no Quarkus here, so benchmarks can run the app's SQL too. */
public final class NamedParameters {

    private NamedParameters() {
    }

    /** ":name" → "?" (collections → "?, ?, …"), outside quoted literals and "::" casts. */
    public static String positional(String sql, Map<String, Object> params, List<Object> values) {
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

    /** Runs a query with named parameters on this connection; Long[] binds as bigint[], String[] as text[]. */
    public static List<Object[]> query(Connection c, String sql, Map<String, Object> params) throws SQLException {
        List<Object> values = new ArrayList<>();
        String jdbc = positional(sql, params, values);
        try (PreparedStatement ps = c.prepareStatement(jdbc)) {
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v instanceof Long[] longs) {
                    Array array = c.createArrayOf("bigint", longs);
                    ps.setArray(i + 1, array);
                } else if (v instanceof String[] strings) {
                    ps.setArray(i + 1, c.createArrayOf("text", strings));
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
}
