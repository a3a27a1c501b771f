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
import java.util.concurrent.ConcurrentHashMap;

/** Named parameters (:name) for plain JDBC; no Quarkus here, so benchmarks can run the app's SQL too. */
public final class NamedParameters {

    private NamedParameters() {
    }

    /** A statement split at its parameters: pieces[0] name[0] pieces[1] name[1] … pieces[n]. */
    private record Template(String[] pieces, String[] names) {
    }

    /** Parsed once per statement text: the services run a handful of fixed statements thousands of times a second. */
    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

    /** ":name" → "?" (collections → "?, ?, …"), outside quoted literals and "::" casts. */
    public static String positional(String sql, Map<String, Object> params, List<Object> values) {
        Template template = TEMPLATES.size() < 1000 ? TEMPLATES.computeIfAbsent(sql, NamedParameters::parse) : parse(sql);
        StringBuilder out = new StringBuilder(sql.length());
        for (int k = 0; k < template.names().length; k++) {
            out.append(template.pieces()[k]);
            String name = template.names()[k];
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
        }
        return out.append(template.pieces()[template.names().length]).toString();
    }

    private static Template parse(String sql) {
        List<String> pieces = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
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
                pieces.add(piece.toString());
                piece.setLength(0);
                names.add(sql.substring(i + 1, j));
                i = j - 1;
                continue;
            }
            piece.append(c);
        }
        pieces.add(piece.toString());
        return new Template(pieces.toArray(new String[0]), names.toArray(new String[0]));
    }

    private static List<Object[]> rows(ResultSet rs) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (rs) {
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
            // several statements ("select set_config(…); select …") go in one round trip; the rows are the last one's
            List<Object[]> rows = new ArrayList<>();
            boolean isResult = ps.execute();
            while (isResult || ps.getUpdateCount() != -1) {
                if (isResult) {
                    rows = rows(ps.getResultSet());
                }
                isResult = ps.getMoreResults();
            }
            return rows;
        }
    }
}
