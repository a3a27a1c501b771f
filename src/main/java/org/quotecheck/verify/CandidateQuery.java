package org.quotecheck.verify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotecheck.verify.engine.CandidateIndex;

/**
 * The one statement verification runs once the in-memory {@link org.quotecheck.verify.engine.CandidateIndex}
 * has named the candidates: it fetches them by primary key together with the quotes of exactly the
 * claim's wording (a btree on the hash of the normalised text), what the engine needs of each, the
 * evidence shown for the match (speaker, dates, earliest source, appearances), and the table's
 * highest change number, which tells whether the index has seen every committed change. No Quarkus
 * or JPA here, so that the scale benchmark times the very same statement from plain JDBC (the
 * database's ceiling). Named parameters (:name), see {@link org.quotecheck.common.NamedParameters}.
 */
public final class CandidateQuery {

    /** Quotes of exactly the claim's wording fetched at most (one per speaker who said it). */
    static final int EXACT = 20;

    /** Other wordings of the candidates' utterances fetched at most (originals and translations). */
    static final int WORDINGS = 50;

    /**
     * The quotes as the word index holds them (id, speaker, normalised words, not retracted, change
     * number), in the order of {@link CandidateIndex.Entry}'s fields; the service's feed and the
     * ceiling benchmark both load the index with it ({@link #loadInto}).
     */
    public static final String INDEX_ROWS = "select id, speaker_id, normalized_text, status <> 'retracted' as active, change_seq from quote";

    /** Columns of {@link #fetch}'s rows. */
    static final int CHANGE_SEQ = 0;
    static final int ID = 1;

    /**
     * Planned once per connection and reused (a generic plan): a custom plan for each claim cost
     * 0.85 ms to plan and 0.3 ms to run. The setting is local to the statement's implicit
     * transaction and travels in the same round trip.
     */
    private static final String GENERIC_PLAN = "select set_config('plan_cache_mode', 'force_generic_plan', true); ";

    private static final String SQL = GENERIC_PLAN + "select m.seq, c.* from (select max(change_seq) as seq from quote) m left join lateral ("
            + "select q.id, q.text, q.speaker_id, sp.name, q.said_on, q.context, e.url, e.outlet, e.published_on,"
            + " (select count(*) from appearance a where a.quote_id = q.id) as appearances, q.language, q.spoken_language, q.utterance_id"
            + " from quote q join speaker sp on sp.id = q.speaker_id left join lateral (select s.url, s.outlet, s.published_on"
            + " from appearance a join source s on s.id = a.source_id where a.quote_id = q.id order by s.published_on nulls last, a.id limit 1) e on true"
            + " where q.status <> 'retracted' and q.id in (select unnest(cast(:ids as bigint[]))"
            + " union all (select x.id from quote x where x.text_hash = f_text_hash(:n) and x.status <> 'retracted' limit " + EXACT + ")"
            // the other wordings of the candidates' utterances: a claim is judged against every wording
            + " union all (select w.id from quote w where w.utterance_id in (select u.utterance_id from quote u"
            + " where u.id = any(cast(:ids as bigint[])) and u.utterance_id is not null) and w.status <> 'retracted' limit " + WORDINGS + "))"
            + ") c on true";

    private CandidateQuery() {
    }

    /** A statement and its parameters. */
    public record Statement(String sql, Map<String, Object> params) {
    }

    /**
     * The candidates the index found and the quotes worded exactly as {@code normalized}; always at
     * least one row, whose first column is the table's highest change number (the other columns are
     * null when there is no candidate).
     */
    public static Statement fetch(String normalized, CandidateIndex.Found found) {
        Map<String, Object> params = new HashMap<>();
        params.put("n", normalized);
        params.put("ids", found.ids());
        return new Statement(SQL, params);
    }

    /**
     * Streams {@link #INDEX_ROWS} (narrowed by {@code condition}, e.g. "where change_seq > ?", with
     * its bounds) into the index, 10,000 rows at a time. A full load streams only inside a
     * transaction (a cursor); the caller opens it.
     */
    public static void loadInto(CandidateIndex target, Connection c, String condition, long... bounds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(condition.isEmpty() ? INDEX_ROWS : INDEX_ROWS + " " + condition)) {
            ps.setFetchSize(10_000);
            for (int i = 0; i < bounds.length; i++) {
                ps.setLong(i + 1, bounds[i]);
            }
            List<CandidateIndex.Entry> batch = new ArrayList<>(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    batch.add(new CandidateIndex.Entry(rs.getLong("id"), rs.getLong("speaker_id"), rs.getString("normalized_text"), rs.getBoolean("active"),
                            rs.getLong("change_seq")));
                    if (batch.size() == 10_000) {
                        target.apply(batch);
                        batch.clear();
                    }
                }
            }
            target.apply(batch);
        }
    }
}
