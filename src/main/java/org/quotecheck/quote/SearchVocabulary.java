package org.quotecheck.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;

/**
 * Every distinct word of the stored quotes (table search_word), so that search can correct a typo
 * against a vocabulary of tens of thousands of words instead of comparing trigrams with every
 * quote. Words are added as quotes are written; this pod remembers the words it has added, so a
 * bulk import sends each word once.
 */
@ApplicationScoped
public class SearchVocabulary {

    /** Beyond this many remembered words the memory is cleared (and refilled as words recur). */
    private static final int REMEMBERED = 1_000_000;

    private final EntityManager em;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    SearchVocabulary(EntityManager em) {
        this.em = em;
    }

    /** Adds the words of these normalised texts, in the caller's transaction. */
    public void add(Collection<String> normalizedTexts) {
        em.unwrap(Session.class).doWork(c -> add(c, normalizedTexts));
    }

    /** Adds the words of these normalised texts on this connection. */
    public void add(Connection c, Collection<String> normalizedTexts) throws SQLException {
        // sorted, so that concurrent writers take the words' row locks in the same order (no deadlock)
        TreeSet<String> fresh = new TreeSet<>();
        for (String text : normalizedTexts) {
            for (String word : text.split(" ")) {
                if (isWord(word) && !known.contains(word)) {
                    fresh.add(word);
                }
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into search_word (word) select w from unnest(?) as w order by w on conflict do nothing")) {
            ps.setArray(1, c.createArrayOf("text", fresh.toArray(new String[0])));
            ps.executeUpdate();
        }
        if (known.size() > REMEMBERED) {
            known.clear();
        }
        known.addAll(fresh);
    }

    /**
     * The query with each word the store does not know replaced by the closest one it knows
     * (trigram distance, at least pg_trgm's similarity threshold); words it knows stay.
     */
    public String correct(Connection c, String normalizedQuery) throws SQLException {
        Map<String, String> corrections = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        for (String word : normalizedQuery.split(" ")) {
            words.add(word);
            if (isWord(word)) {
                corrections.put(word, word);
            }
        }
        if (corrections.isEmpty()) {
            return normalizedQuery;
        }
        try (PreparedStatement ps = c.prepareStatement("select t.w, (select s.word from search_word s where s.word % t.w order by s.word <-> t.w limit 1)"
                + " from unnest(?) as t(w) where not exists (select 1 from search_word s where s.word = t.w)")) {
            ps.setArray(1, c.createArrayOf("text", corrections.keySet().toArray(new String[0])));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2) != null) {
                        corrections.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            out.append(out.length() == 0 ? "" : " ").append(corrections.getOrDefault(word, word));
        }
        return out.toString();
    }

    /** Words worth keeping: three to a hundred characters, not a bare number. */
    static boolean isWord(String word) {
        if (word.length() < 3 || word.length() > 100) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
