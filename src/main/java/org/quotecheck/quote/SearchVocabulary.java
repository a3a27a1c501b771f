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
import java.util.TreeMap;
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
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final EntityManager em;
    /**
     * The words this pod has added, by a 64-bit hash of their characters: checking a million
     * quotes' words against a set of Strings cut each word out and cost three cache misses per
     * word (a sixth of a bulk import's Java time); two words sharing a hash (odds of 1 in 10^10 at
     * 64,000 words) would only leave the second out of the vocabulary until a restart.
     */
    private final WordHashes known = new WordHashes();

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
        TreeMap<String, Long> fresh = new TreeMap<>();
        synchronized (known) {
            for (String text : normalizedTexts) {
                int n = text.length();
                for (int start = 0, end; start < n; start = end + 1) {
                    long hash = FNV_OFFSET;
                    boolean number = true;
                    for (end = start; end < n; end++) {
                        char ch = text.charAt(end);
                        if (ch == ' ') {
                            break;
                        }
                        hash = (hash ^ ch) * FNV_PRIME;
                        number &= Character.isDigit(ch);
                    }
                    if (isWord(end - start, number) && !known.contains(hash)) {
                        fresh.put(text.substring(start, end), hash);
                    }
                }
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into search_word (word) select w from unnest(?) as w order by w on conflict do nothing")) {
            ps.setArray(1, c.createArrayOf("text", fresh.keySet().toArray(new String[0])));
            ps.executeUpdate();
        }
        synchronized (known) {
            if (known.size() > REMEMBERED) {
                known.clear();
            }
            fresh.values().forEach(known::add);
        }
    }

    /** A set of word hashes: open addressing over a long array (0 stands for the empty entry). */
    private static final class WordHashes {
        private long[] table = new long[1 << 16];
        private int size;

        boolean contains(long hash) {
            long h = hash == 0 ? 1 : hash;
            int mask = table.length - 1;
            for (int i = spread(h) & mask; table[i] != 0; i = (i + 1) & mask) {
                if (table[i] == h) {
                    return true;
                }
            }
            return false;
        }

        void add(long hash) {
            long h = hash == 0 ? 1 : hash;
            if (2 * (size + 1) > table.length) {
                long[] old = table;
                table = new long[old.length * 2];
                size = 0;
                for (long k : old) {
                    if (k != 0) {
                        insert(k);
                    }
                }
            }
            insert(h);
        }

        private void insert(long h) {
            int mask = table.length - 1;
            int i = spread(h) & mask;
            while (table[i] != 0) {
                if (table[i] == h) {
                    return;
                }
                i = (i + 1) & mask;
            }
            table[i] = h;
            size++;
        }

        int size() {
            return size;
        }

        void clear() {
            table = new long[1 << 16];
            size = 0;
        }

        private static int spread(long h) {
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            return (int) (h ^ (h >>> 33));
        }
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
        boolean number = true;
        for (int i = 0; i < word.length() && number; i++) {
            number = Character.isDigit(word.charAt(i));
        }
        return isWord(word.length(), number);
    }

    private static boolean isWord(int length, boolean number) {
        return length >= 3 && length <= 100 && !number;
    }
}
