package org.quotecheck.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.quotecheck.common.TextRules;
import org.quotecheck.quote.SearchVocabulary;
import org.quotecheck.source.CreateSourceRequest;
import org.quotecheck.source.UrlNormalizer;

/**
 * Writes a batch of import rows with a handful of set-based statements instead of an ORM round
 * trip per entity: sources, quotes and appearances are inserted from arrays with ON CONFLICT
 * DO NOTHING (so duplicates fold into appearances exactly as single writes do), and the audit
 * tables get one revision for the whole batch. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class BulkWriter {

    /** One appearance to store: a quote (speaker resolved, text normalised) in a source. */
    /** {@code spokenLanguage} null: by default, the text's language unless the speaker does not speak it (see LanguageTags.spokenByDefault). */
    public record Row(long line, long speakerId, String text, String normalized, String language, String spokenLanguage, String saidOn, String context,
            CreateSourceRequest source, Integer start, Integer end, String status, String retractionReason) {
    }

    /**
     * The default spoken language of a row (i) of no stated one, as LanguageTags.spokenByDefault: the
     * text's language, unless the speaker speaks others but not that one, then the speaker's first.
     */
    static final String DEFAULT_SPOKEN = "(select case when i.language is null or cardinality(s.languages) = 0"
            + " or exists (select 1 from unnest(s.languages) l where split_part(lower(l), '-', 1) = split_part(lower(i.language), '-', 1))"
            + " then i.language else s.languages[1] end from speaker s where s.id = i.speaker_id)";

    private final EntityManager em;
    private final SearchVocabulary vocabulary;

    BulkWriter(EntityManager em, SearchVocabulary vocabulary) {
        this.em = em;
        this.vocabulary = vocabulary;
    }

    /**
     * What a bulk load has created and not yet audited: written as one revision at the end, while
     * the indexes build, instead of copying every batch into the audit tables as it goes.
     */
    public static final class AuditBacklog {
        private final List<Long> sources = new ArrayList<>();
        private final List<Long> quotes = new ArrayList<>();
        private final List<Long> appearances = new ArrayList<>();

        synchronized boolean isEmpty() {
            return sources.isEmpty() && quotes.isEmpty() && appearances.isEmpty();
        }

        synchronized void add(List<Long> newSources, Set<Long> newQuotes, List<Long> newAppearances) {
            sources.addAll(newSources);
            quotes.addAll(newQuotes);
            appearances.addAll(newAppearances);
        }
    }

    /** Rows of the audit tables written per statement when a backlog is audited. */
    private static final int AUDIT_CHUNK = 50_000;

    /** The sources of a batch: every row's source id by normalised url, and which were new. */
    public record Sources(Map<String, Long> ids, List<Long> created) {
    }

    /**
     * Step one, in a short transaction of its own: the batch's sources and words. They are
     * idempotent upserts, so committing them apart is harmless, and it keeps another writer that
     * needs the same new source from waiting for a whole batch. Sources in {@code known} (url key
     * to id, what this import has stored already) are neither written nor looked up again: an
     * archive cites tens of thousands of sources a million times, and upserting each one again cost
     * PostgreSQL 9 of its 47 s at a million lines. The caller adds the returned ids to
     * {@code known} once the transaction has committed.
     */
    public Sources writeSources(List<Row> rows, Map<String, Long> known) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            asynchronousCommit(c);
            Sources sources = writeSourceRows(c, rows, known);
            List<String> texts = new ArrayList<>(rows.size());
            rows.forEach(r -> texts.add(r.normalized()));
            vocabulary.add(c, texts);
            return sources;
        });
    }

    /**
     * Step two: the quotes and appearances; returns for each row whether it created its quote
     * (false: the quote existed). With a backlog, the audit rows are left to
     * {@link #audit(AuditBacklog, String)}.
     */
    public boolean[] write(List<Row> rows, Sources sources, String actor, AuditBacklog backlog) {
        boolean[] created = new boolean[rows.size()];
        em.unwrap(Session.class).doWork(c -> {
            asynchronousCommit(c);
            writeRows(c, rows, sources, actor, created, backlog);
        });
        return created;
    }

    /**
     * An import batch need not wait for its commit to reach the disk: after a crash the import is
     * not "done" and re-running it adds only what is missing. The job's own status is committed
     * synchronously, which also flushes every batch before it.
     */
    public void asynchronousCommit() {
        em.unwrap(Session.class).doWork(BulkWriter::asynchronousCommit);
    }

    private static void asynchronousCommit(Connection c) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("set local synchronous_commit = off");
        }
    }

    /** Audits a bulk load's backlog as one revision, in the caller's transaction. */
    public void audit(AuditBacklog backlog, String actor) {
        em.unwrap(Session.class).doWork(c -> {
            long rev = revision(c, actor);
            for (int from = 0; from < Math.max(backlog.sources.size(), Math.max(backlog.quotes.size(), backlog.appearances.size())); from += AUDIT_CHUNK) {
                auditRows(c, rev, chunk(backlog.sources, from), chunk(backlog.quotes, from), chunk(backlog.appearances, from));
            }
        });
    }

    private static List<Long> chunk(List<Long> ids, int from) {
        return from >= ids.size() ? List.of() : ids.subList(from, Math.min(ids.size(), from + AUDIT_CHUNK));
    }

    private static Sources writeSourceRows(Connection c, List<Row> rows, Map<String, Long> known) throws SQLException {
        // sources, by normalised url
        Map<String, Long> sourceIds = new HashMap<>();
        Map<String, CreateSourceRequest> sources = new LinkedHashMap<>();
        for (Row r : rows) {
            String key = UrlNormalizer.key(r.source().url());
            Long id = known.get(key);
            if (id != null) {
                sourceIds.put(key, id);
            } else {
                sources.putIfAbsent(key, r.source());
            }
        }
        List<Long> newSources = new ArrayList<>();
        if (sources.isEmpty()) {
            return new Sources(sourceIds, newSources);
        }
        int n = sources.size();
        String[] url = new String[n], key = new String[n], archive = new String[n], outlet = new String[n], title = new String[n];
        String[] published = new String[n], kind = new String[n], language = new String[n], agencies = new String[n];
        int i = 0;
        for (Map.Entry<String, CreateSourceRequest> e : sources.entrySet()) {
            CreateSourceRequest s = e.getValue();
            url[i] = s.url().trim();
            key[i] = e.getKey();
            archive[i] = TextRules.trimToNull(s.archiveUrl());
            outlet[i] = TextRules.trimToNull(s.outlet());
            title[i] = TextRules.trimToNull(s.title());
            published[i] = s.publishedOn() == null ? null : s.publishedOn().toString();
            kind[i] = s.kind() == null ? "article" : s.kind().value();
            language[i] = TextRules.trimToNull(s.language());
            agencies[i] = toJsonArray(s.agencies());
            i++;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into source (id, url, url_key, archive_url, outlet, title, published_on, kind,"
                + " language, agencies, created_at, version) select nextval('source_seq'), u.url, u.url_key, u.archive_url, u.outlet, u.title,"
                + " cast(u.published_on as date), u.kind, u.language,"
                + " coalesce(array(select json_array_elements_text(cast(u.agencies as json))), '{}'), now(), 0"
                + " from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?) as u(url, url_key, archive_url, outlet, title, published_on, kind, language, agencies)"
                + " order by u.url_key"
                + " on conflict (url_key) do nothing returning id")) {
            bindArrays(c, ps, url, key, archive, outlet, title, published, kind, language, agencies);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    newSources.add(rs.getLong(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select url_key, id from source where url_key = any(?)")) {
            bindArrays(c, ps, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sourceIds.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return new Sources(sourceIds, newSources);
    }

    private void writeRows(Connection c, List<Row> rows, Sources sources, String actor, boolean[] created, AuditBacklog backlog) throws SQLException {
        Map<String, Long> sourceIds = sources.ids();
        List<Long> newSources = sources.created();
        int i;

        // quotes, one per speaker and normalised wording
        Map<String, Row> distinct = new LinkedHashMap<>();
        for (Row r : rows) {
            distinct.putIfAbsent(r.speakerId() + "\u0000" + r.normalized(), r);
        }
        int m = distinct.size();
        Long[] speaker = new Long[m];
        String[] text = new String[m], normalized = new String[m], lang = new String[m], spoken = new String[m], said = new String[m], context = new String[m];
        i = 0;
        for (Row r : distinct.values()) {
            speaker[i] = r.speakerId();
            text[i] = r.text();
            normalized[i] = r.normalized();
            lang[i] = TextRules.trimToNull(r.language());
            spoken[i] = TextRules.trimToNull(r.spokenLanguage());
            said[i] = r.saidOn();
            context[i] = TextRules.trimToNull(r.context());
            i++;
        }
        Set<Long> newQuotes = new HashSet<>();
        Map<String, Long> quoteIds = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("insert into quote (id, text, normalized_text, language, spoken_language, speaker_id, said_on, context,"
                + " status, created_at, updated_at, version) select nextval('quote_seq'), i.text, i.normalized, i.language, coalesce(i.spoken, " + DEFAULT_SPOKEN + "),"
                + " i.speaker_id, cast(i.said_on as date), i.context, 'unreviewed', now(), now(), 0"
                + " from unnest(?, ?, ?, ?, ?, ?, ?) as i(speaker_id, text, normalized, language, spoken, said_on, context) order by i.speaker_id, i.normalized"
                + " on conflict (speaker_id, text_hash) do nothing returning id, speaker_id, normalized_text")) {
            bindArrays(c, ps, speaker, text, normalized, lang, spoken, said, context);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    newQuotes.add(rs.getLong(1));
                    quoteIds.put(rs.getLong(2) + "\u0000" + rs.getString(3), rs.getLong(1));
                }
            }
        }
        // the quotes that existed already: looked up by their key (none at all in a fresh bulk load)
        List<Long> oldSpeaker = new ArrayList<>();
        List<String> oldNormalized = new ArrayList<>();
        for (int k = 0; k < m; k++) {
            if (!quoteIds.containsKey(speaker[k] + "\u0000" + normalized[k])) {
                oldSpeaker.add(speaker[k]);
                oldNormalized.add(normalized[k]);
            }
        }
        if (!oldSpeaker.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("select k.sid, k.norm, q.id from unnest(?, ?) as k(sid, norm)"
                    + " join quote q on q.speaker_id = k.sid and q.text_hash = f_text_hash(k.norm)")) {
                bindArrays(c, ps, oldSpeaker.toArray(new Long[0]), oldNormalized.toArray(new String[0]));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        quoteIds.put(rs.getLong(1) + "\u0000" + rs.getString(2), rs.getLong(3));
                    }
                }
            }
        }

        // appearances, and which row created its quote
        int count = rows.size();
        Long[] quote = new Long[count], source = new Long[count];
        Integer[] start = new Integer[count], end = new Integer[count];
        Set<Long> claimed = new HashSet<>();
        List<Object[]> statuses = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            Row row = rows.get(r);
            Long q = quoteIds.get(row.speakerId() + "\u0000" + row.normalized());
            if (q == null) {
                throw new SQLException("quote of line " + row.line() + " not found after insert");
            }
            quote[r] = q;
            source[r] = sourceIds.get(UrlNormalizer.key(row.source().url()));
            start[r] = row.start();
            end[r] = row.end();
            created[r] = newQuotes.contains(q) && claimed.add(q);
            if (row.status() != null) {
                statuses.add(new Object[] {row.status(), row.retractionReason(), q});
            }
        }
        List<Long> newAppearances = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("insert into appearance (id, quote_id, source_id, start_offset, end_offset, created_at)"
                + " select nextval('appearance_seq'), a.q, a.s, a.st, a.en, now() from unnest(?, ?, ?, ?) as a(q, s, st, en) order by a.q, a.s"
                + " on conflict (quote_id, source_id) do nothing returning id")) {
            bindArrays(c, ps, quote, source, start, end);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    newAppearances.add(rs.getLong(1));
                }
            }
        }
        for (Object[] s : statuses) {
            try (PreparedStatement ps = c.prepareStatement("update quote set status = ?, retraction_reason = ?, updated_at = now() where id = ?")) {
                ps.setString(1, (String) s[0]);
                ps.setString(2, (String) s[1]);
                ps.setLong(3, (Long) s[2]);
                ps.executeUpdate();
            }
        }
        if (backlog != null) {
            backlog.add(newSources, newQuotes, newAppearances);
        } else if (!newSources.isEmpty() || !newQuotes.isEmpty() || !newAppearances.isEmpty()) {
            auditRows(c, revision(c, actor), newSources, newQuotes, newAppearances);
        }
    }

    /** Binds each column, in order, as an array parameter typed by its elements (Long: bigint, Integer: integer, else text). */
    private static void bindArrays(Connection c, PreparedStatement ps, Object[]... columns) throws SQLException {
        for (int k = 0; k < columns.length; k++) {
            Object[] column = columns[k];
            String type = column instanceof Long[] ? "bigint" : column instanceof Integer[] ? "integer" : "text";
            ps.setArray(k + 1, c.createArrayOf(type, column));
        }
    }

    /** A new audit revision by this actor. */
    private static long revision(Connection c, String actor) throws SQLException {
        long rev;
        try (PreparedStatement ps = c.prepareStatement("insert into revinfo (rev, revtstmp, actor) values (nextval('revinfo_seq'), ?, ?) returning rev")) {
            ps.setLong(1, System.currentTimeMillis());
            ps.setString(2, actor);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                rev = rs.getLong(1);
            }
        }
        return rev;
    }

    /** The audit rows of these new entities in revision rev, as Envers would have written them per entity. */
    private static void auditRows(Connection c, long rev, java.util.Collection<Long> sources, java.util.Collection<Long> quotes,
            java.util.Collection<Long> appearances) throws SQLException {
        String[] statements = {
            "insert into source_aud (id, rev, revtype, url, url_key, archive_url, outlet, title, published_on, kind, language, agencies, created_at)"
                    + " select id, ?, 0, url, url_key, archive_url, outlet, title, published_on, kind, language, agencies, created_at from source where id = any(?)",
            "insert into quote_aud (id, rev, revtype, text, normalized_text, language, spoken_language, speaker_id, said_on, context, status, retraction_reason,"
                    + " created_at, updated_at) select id, ?, 0, text, normalized_text, language, spoken_language, speaker_id, said_on, context, status,"
                    + " retraction_reason, created_at, updated_at from quote where id = any(?)",
            "insert into appearance_aud (id, rev, revtype, quote_id, source_id, start_offset, end_offset, created_at)"
                    + " select id, ?, 0, quote_id, source_id, start_offset, end_offset, created_at from appearance where id = any(?)"};
        List<? extends java.util.Collection<Long>> ids = List.of(sources, quotes, appearances);
        for (int k = 0; k < statements.length; k++) {
            if (ids.get(k).isEmpty()) {
                continue;
            }
            try (PreparedStatement ps = c.prepareStatement(statements[k])) {
                ps.setLong(1, rev);
                Array array = c.createArrayOf("bigint", ids.get(k).toArray(new Long[0]));
                ps.setArray(2, array);
                ps.executeUpdate();
            }
        }
    }

    private static String toJsonArray(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder("[");
        for (String v : values) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(v.trim().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return sb.append(']').toString();
    }

}
