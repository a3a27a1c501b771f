package org.quotecheck.verify;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quotecheck.verify.engine.ClaimLookup;

/**
 * The SQL that verification runs to find a claim's candidates (no Quarkus or JPA here, so that the
 * scale benchmark times the very same statements from plain JDBC: the database's ceiling).
 * Statements use named parameters (:name), see {@link org.quotecheck.common.NamedParameters}.
 */
public final class CandidateQuery {

    static final int CANDIDATES = 15;
    static final int SPEAKER_CANDIDATES = 10;
    /** At most this many rows are ranked by overlap: a bound on the worst case, far above what rare word pairs match. */
    static final int PRE_RANK_LIMIT = 200;
    /** Rows the look-up reads at most; the claimed speaker's are found among them. */
    static final int MATCH_LIMIT = 1000;
    /** A claim made only of common words is compared with at most this many of the claimed speaker's quotes (newest first). */
    static final int COMMON_SPEAKER_SCAN = 2000;

    /** The claim's lexemes in word order, as PostgreSQL's English configuration makes them (stemmed, no stopwords); parameter :n. */
    public static final String LEXEMES = "select u.lexeme, p.pos from unnest(to_tsvector('english', :n)) u, unnest(u.positions) as p(pos)";

    private CandidateQuery() {
    }

    /** A statement and its parameters. */
    public record Statement(String sql, Map<String, Object> params) {
    }

    /**
     * Exact wording first, then the quotes sharing most of the claim's rare word pairs, overall and
     * by the claimed speaker; one statement that also returns what the engine needs of each
     * candidate and the evidence shown for the match (speaker, dates, earliest source, appearances).
     * The word pairs are phrase queries over the full-text index ('experienc' <2> 'best'): a changed
     * word breaks only the pairs around it, so altered claims still find the real quote, fragments
     * share all their pairs, and a fabricated claim's rare pairs match nothing.
     */
    public static Statement candidates(String normalized, ClaimLookup.Lookup lookup, Collection<Long> speakerIds) {
        List<String> queries = lookup.queries();
        // rank by how many of the looked-up queries a candidate matches
        String overlap = "(select count(*) from k where x.search_vector @@ k.tq)";
        StringBuilder ids = new StringBuilder("(select q.id from quote q where q.text_hash = f_text_hash(:n) and q.status <> 'retracted' limit 20)");
        boolean bySpeaker = speakerIds != null && !speakerIds.isEmpty() && !queries.isEmpty();
        boolean lookedUp = !queries.isEmpty() && !lookup.onlyCommon();
        if (lookedUp) {
            // one index look-up (m) serves both rankings: overall among its first PRE_RANK_LIMIT rows,
            // and the claimed speaker's among all of it
            ids.append(" union (select x.id from (select * from m limit " + PRE_RANK_LIMIT + ") x order by " + overlap + " desc, x.id limit "
                    + CANDIDATES + ")");
            if (bySpeaker) {
                ids.append(" union (select x.id from m x where x.speaker_id in (:speakers) order by " + overlap + " desc, x.id limit "
                        + SPEAKER_CANDIDATES + ")");
            }
        } else if (bySpeaker) {
            // common words only: the speaker's newest quotes, checked one by one, never the long posting lists
            ids.append(" union (select x.id from (select q.id, q.search_vector from quote q where q.speaker_id in (:speakers)"
                    + " and q.status <> 'retracted' order by q.id desc limit " + COMMON_SPEAKER_SCAN + ") x"
                    + " where coalesce(x.search_vector @@ cast(:lookup as tsquery), false) order by " + overlap + " desc, x.id limit " + SPEAKER_CANDIDATES + ")");
        }
        String sql = "with k as (select cast(e as tsquery) as tq from unnest(cast(:ranking as text[])) as e)"
                + (lookedUp ? ", m as materialized (select q.id, q.speaker_id, q.search_vector from quote q where q.search_vector @@ cast(:lookup as tsquery)"
                        + " and q.status <> 'retracted' limit " + MATCH_LIMIT + ")" : "")
                + " select q.id, q.text, q.speaker_id, sp.name, q.said_on, q.context, e.url, e.outlet, e.published_on,"
                + " (select count(*) from appearance a where a.quote_id = q.id)"
                + " from quote q join speaker sp on sp.id = q.speaker_id left join lateral (select s.url, s.outlet, s.published_on"
                + " from appearance a join source s on s.id = a.source_id where a.quote_id = q.id order by s.published_on nulls last, a.id limit 1) e on true"
                + " where q.id in (" + ids + ")";
        Map<String, Object> params = new HashMap<>();
        params.put("n", normalized);
        params.put("ranking", queries.toArray(new String[0]));
        if (!queries.isEmpty()) {
            params.put("lookup", String.join(" | ", queries));
        }
        if (bySpeaker) {
            params.put("speakers", speakerIds);
        }
        return new Statement(sql, params);
    }
}
