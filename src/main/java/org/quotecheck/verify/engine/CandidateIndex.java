package org.quotecheck.verify.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The words of every stored quote in memory, for finding a claim's candidates in microseconds at a
 * million quotes. PostgreSQL's full-text index answered the same question in 2–10 ms a claim (more
 * at the tail) and spent most of the database's CPU on it; this index is derived state that each
 * pod rebuilds from the table at start and keeps in step from the table's change feed, so pods stay
 * stateless. Readers share a lock; changes are applied in batches under the write lock.
 *
 * <p>Words are the normalised words (the same {@code TextNormalizer} output for quotes and claims).
 * A quote lives in a slot; slots are only ever appended, so every posting list is sorted by slot and
 * slot order is the order quotes arrived (newest last). A changed quote takes a new slot and its old
 * one is marked dead: nothing is removed from posting lists, and dead slots are skipped when read
 * (a restart compacts them).
 *
 * <p>Finding works like a search engine's disjunctive query with idf weights: the claim's rarest
 * words (by document frequency) are looked up, and quotes are scored by the weight of the words they
 * share, so an altered claim still finds its quote through its unchanged words, a fragment shares all
 * of its words, and a fabricated claim's rare words find nothing much. The claimed speaker's quotes
 * are scored apart against every word of the claim, so a claim made of common words still finds what
 * that speaker said.
 */
public final class CandidateIndex {

    /** One quote as the table holds it; {@code active} is false for a retracted quote. */
    public record Entry(long quoteId, long speakerId, String normalizedText, boolean active, long changeSeq) {
    }

    /** Quote ids, best first: among all quotes, and among the claimed speaker's. */
    public record Found(long[] overall, long[] bySpeaker) {
        public boolean isEmpty() {
            return overall.length == 0 && bySpeaker.length == 0;
        }

        /** Every candidate once, the overall ones first (a dozen ids: a scan beats a set). */
        public Long[] ids() {
            Long[] ids = new Long[overall.length + bySpeaker.length];
            int n = 0;
            for (long id : overall) {
                ids[n++] = id;
            }
            for (long id : bySpeaker) {
                if (indexOf(overall, id) < 0) {
                    ids[n++] = id;
                }
            }
            return n == ids.length ? ids : Arrays.copyOf(ids, n);
        }

        private static int indexOf(long[] values, long value) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == value) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Candidates kept among all quotes and among the claimed speaker's. */
    static final int OVERALL = 8;
    static final int BY_SPEAKER = 5;
    /** The rarest words of a claim that are looked up (more add little: a quote sharing 8 rare words is found). */
    static final int LOOKUP_WORDS = 8;
    /**
     * Postings read at most for one claim: bounds the cost of a claim of common words (a word in more
     * than this many quotes is not looked up at all; the exact-wording look-up still finds such quotes).
     */
    static final int POSTINGS_BUDGET = 150_000;
    /**
     * A candidate scoring less than this part of the best candidate's score is not fetched: the
     * engine would rank it below the best anyway, and each fetched candidate costs the database
     * seven index look-ups (quote, speaker, appearances, earliest source).
     */
    static final double RELATIVE_TO_BEST = 0.5;
    /** A quote sharing this part of the claim's rare-word weight is close: its speaker's other quotes need no scan. */
    static final double CLOSE_SHARE = 0.6;
    /** Postings read for the words after the rarest (at 200k quotes, adding common words read 150,000). */
    static final int RARE_BUDGET = 20_000;
    /** Of the claimed speaker's quotes, at most this many (newest) are scored. */
    static final int SPEAKER_SCAN = 2000;
    /**
     * A quote sharing less than this part of the claim's word weight is not worth fetching: an altered
     * claim keeps most of its words and a fragment all of them, while a quote that shares only "of the"
     * with "tip of the iceberg" is not its source.
     */
    static final double MIN_SHARE = 0.35;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /**
     * The term dictionary: open addressing, each entry a word's hash (high half) and its id + 1
     * (low half; 0 is empty), looked up by a region of the quote's characters without cutting it
     * out; the words side by side in one char arena. A probe compares hashes in the table itself and
     * touches a word only when they agree: with a String per word (and its hash in another array)
     * each look-up cost three cache misses, and the dictionary was a fifth of a million-quote load.
     */
    private long[] dictionary = new long[1 << 12];
    private char[] termText = new char[16 * 1024];
    /** termStart[t] to termStart[t + 1]: term t's characters in termText. */
    private int[] termStart = new int[1025];
    private int termTextSize;
    /** A quote's characters while it is indexed (under the write lock). */
    private char[] scratch = new char[512];
    private int[][] postings = new int[1024][];
    private int[] postingSizes = new int[1024];
    /** The last slot added to a term's postings, so that a word repeated in a quote is posted once. */
    private int[] lastSlot = new int[1024];
    private int terms;

    private long[] quoteIds = new long[1024];
    private long[] speakerIds = new long[1024];
    private boolean[] live = new boolean[1024];
    private int slots;
    private int liveSlots;
    private final LongIntMap slotOfQuote = new LongIntMap();
    private long[] seqs = new long[1024];
    /** Each slot's distinct words (term ids), one arena for all. */
    private int[] forward = new int[16 * 1024];
    private int forwardSize;
    /** forwardRange[2s] and [2s + 1]: the start and end of slot s's words, side by side (one cache line, not two). */
    private int[] forwardRange = new int[2048];
    private final Map<Long, IntList> slotsOfSpeaker = new HashMap<>();
    private long maxSeq;

    /** Applies the quotes' current state; an entry older than what the index holds for its quote is ignored. */
    public void apply(Collection<Entry> entries) {
        lock.writeLock().lock();
        try {
            for (Entry e : entries) {
                applyOne(e);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void applyOne(Entry e) {
        maxSeq = Math.max(maxSeq, e.changeSeq());
        int old = slotOfQuote.get(e.quoteId());
        if (old >= 0) {
            if (seqs[old] >= e.changeSeq()) {
                return;
            }
            if (live[old]) {
                live[old] = false;
                liveSlots--;
            }
            seqs[old] = e.changeSeq();
        }
        if (!e.active()) {
            return;
        }
        int slot = newSlot();
        quoteIds[slot] = e.quoteId();
        speakerIds[slot] = e.speakerId();
        seqs[slot] = e.changeSeq();
        live[slot] = true;
        liveSlots++;
        slotOfQuote.put(e.quoteId(), slot);
        slotsOfSpeaker.computeIfAbsent(e.speakerId(), k -> new IntList(4)).add(slot);
        forwardRange[2 * slot] = forwardSize;
        String text = e.normalizedText();
        int n = text.length();
        if (scratch.length < n) {
            scratch = new char[Math.max(n, scratch.length * 2)];
        }
        char[] chars = scratch;
        text.getChars(0, n, chars, 0);
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && chars[end] != ' ') {
                end++;
            }
            if (end > start) {
                post(termId(chars, start, end), slot);
            }
            start = end + 1;
        }
        forwardRange[2 * slot + 1] = forwardSize;
    }

    private int newSlot() {
        if (slots == quoteIds.length) {
            int size = slots * 2;
            quoteIds = Arrays.copyOf(quoteIds, size);
            speakerIds = Arrays.copyOf(speakerIds, size);
            live = Arrays.copyOf(live, size);
            seqs = Arrays.copyOf(seqs, size);
            forwardRange = Arrays.copyOf(forwardRange, 2 * size);
        }
        return slots++;
    }

    /** Where the word chars[start, end) is in the dictionary, or the empty entry where it would go. */
    private int probe(char[] chars, int start, int end, int hash) {
        int mask = dictionary.length - 1;
        int length = end - start;
        for (int i = hash & mask;; i = (i + 1) & mask) {
            long entry = dictionary[i];
            if (entry == 0) {
                return i;
            }
            if ((int) (entry >>> 32) == hash) {
                int t = (int) entry - 1;
                int from = termStart[t];
                if (termStart[t + 1] - from == length && Arrays.equals(termText, from, from + length, chars, start, end)) {
                    return i;
                }
            }
        }
    }

    /** The id of the word chars[start, end), added if new. */
    private int termId(char[] chars, int start, int end) {
        int hash = hash(chars, start, end);
        int i = probe(chars, start, end, hash);
        if (dictionary[i] != 0) {
            return (int) dictionary[i] - 1;
        }
        if (terms == postings.length) {
            int size = terms * 2;
            postings = Arrays.copyOf(postings, size);
            postingSizes = Arrays.copyOf(postingSizes, size);
            lastSlot = Arrays.copyOf(lastSlot, size);
            termStart = Arrays.copyOf(termStart, size + 1);
        }
        int length = end - start;
        if (termTextSize + length > termText.length) {
            termText = Arrays.copyOf(termText, Math.max(termText.length * 2, termTextSize + length));
        }
        System.arraycopy(chars, start, termText, termTextSize, length);
        termTextSize += length;
        int t = terms++;
        termStart[t + 1] = termTextSize;
        postings[t] = new int[2];
        lastSlot[t] = -1;
        dictionary[i] = ((long) hash << 32) | (t + 1);
        if (terms * 2 > dictionary.length) {
            long[] grown = new long[dictionary.length * 2];
            int grownMask = grown.length - 1;
            for (long entry : dictionary) {
                if (entry != 0) {
                    int at = (int) (entry >>> 32) & grownMask;
                    while (grown[at] != 0) {
                        at = (at + 1) & grownMask;
                    }
                    grown[at] = entry;
                }
            }
            dictionary = grown;
        }
        return t;
    }

    /** The id of a known word, or -1. */
    private int knownTerm(String word) {
        char[] chars = word.toCharArray();
        int i = probe(chars, 0, chars.length, hash(chars, 0, chars.length));
        return (int) dictionary[i] - 1;
    }

    private static int hash(char[] chars, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + chars[i];
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private void post(int term, int slot) {
        if (lastSlot[term] == slot) {
            return;
        }
        lastSlot[term] = slot;
        if (forwardSize == forward.length) {
            forward = Arrays.copyOf(forward, forwardSize + (forwardSize >> 1));
        }
        forward[forwardSize++] = term;
        int[] list = postings[term];
        int size = postingSizes[term];
        if (size == list.length) {
            list = Arrays.copyOf(list, size + (size >> 1) + 2);
            postings[term] = list;
        }
        list[size] = slot;
        postingSizes[term] = size + 1;
    }

    /** Gives back the memory that growing the posting lists left unused (after a full load). */
    public void trim() {
        lock.writeLock().lock();
        try {
            for (int t = 0; t < terms; t++) {
                if (postings[t].length > postingSizes[t]) {
                    postings[t] = Arrays.copyOf(postings[t], postingSizes[t]);
                }
            }
            forward = Arrays.copyOf(forward, forwardSize + 1024);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The highest change number applied: the table's changes above it are not in the index yet. */
    public long maxSeq() {
        lock.readLock().lock();
        try {
            return maxSeq;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Quotes in the index (not retracted). */
    public int size() {
        lock.readLock().lock();
        try {
            return liveSlots;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The candidates for a claim's normalised words: the quotes sharing most weight of its rarest
     * words, and the claimed speakers' quotes sharing most weight of all its words.
     */
    public Found find(List<String> claimWords, Collection<Long> claimedSpeakers) {
        lock.readLock().lock();
        try {
            int[] claimTerms = claimTerms(claimWords);
            double[] weights = new double[claimTerms.length];
            for (int i = 0; i < claimTerms.length; i++) {
                weights[i] = weight(postingSizes[claimTerms[i]]);
            }
            // words no quote has count as the rarest of all: a claim sharing one common word with a
            // quote and bringing three unknown ones is not close to it
            double unknown = distinctCount(claimWords) - claimTerms.length;
            double unknownWeight = unknown * weight(1);
            TopK overall = overall(claimTerms, weights, unknownWeight);
            long[] bySpeaker = new long[0];
            if (claimedSpeakers != null && !claimedSpeakers.isEmpty() && !overall.hasCloseMatchBy(claimedSpeakers, speakerIds)) {
                bySpeaker = bySpeaker(claimTerms, weights, unknownWeight, claimedSpeakers);
            }
            return new Found(overall.quoteIds(quoteIds), bySpeaker);
        } finally {
            lock.readLock().unlock();
        }
    }

    private double weight(int documentFrequency) {
        return Math.log(1.0 + (double) Math.max(liveSlots, 1) / Math.max(documentFrequency, 1));
    }

    private static int distinctCount(List<String> words) {
        return (int) words.stream().filter(w -> !w.isEmpty()).distinct().count();
    }

    /** The claim's distinct known words, rarest first. */
    private int[] claimTerms(List<String> words) {
        // (document frequency, term) in one long, so that a primitive sort orders them by rarity
        long[] keys = new long[words.size()];
        int n = 0;
        for (String w : words) {
            int t = knownTerm(w);
            if (t >= 0 && postingSizes[t] > 0) {
                long key = (long) postingSizes[t] << 32 | t;
                if (indexOf(keys, n, key) < 0) {
                    keys[n++] = key;
                }
            }
        }
        Arrays.sort(keys, 0, n);
        int[] sorted = new int[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = (int) keys[i];
        }
        return sorted;
    }

    /** The quotes sharing most weight of the claim's rarest words: a k-way merge of their sorted posting lists. */
    private TopK overall(int[] claimTerms, double[] weights, double unknownWeight) {
        int chosen = 0;
        long budget = 0;
        double total = unknownWeight;
        // the rarest word whatever its frequency (within POSTINGS_BUDGET), then more only while their
        // posting lists stay short: common words add little to a claim that has rare ones
        while (chosen < claimTerms.length && chosen < LOOKUP_WORDS
                && budget + postingSizes[claimTerms[chosen]] <= (chosen == 0 ? POSTINGS_BUDGET : RARE_BUDGET)) {
            budget += postingSizes[claimTerms[chosen]];
            total += weights[chosen];
            chosen++;
        }
        TopK top = new TopK(OVERALL);
        top.total = total;
        if (chosen == 0) {
            return top;
        }
        // scores accumulated in a small hash table: a k-way merge of the posting lists cost a
        // mispredicted branch per list and quote
        ScoreTable scores = ScoreTable.reused((int) budget);
        for (int i = 0; i < chosen; i++) {
            int[] list = postings[claimTerms[i]];
            for (int p = 0, size = postingSizes[claimTerms[i]]; p < size; p++) {
                scores.add(list[p], weights[i]);
            }
        }
        double threshold = total * MIN_SHARE;
        for (int u = 0; u < scores.count; u++) {
            int i = scores.used[u];
            // the threshold first: most quotes share one rare word and are dismissed without touching
            // the slot's state
            if (scores.values[i] >= threshold && live[scores.keys[i]]) {
                top.offer(scores.keys[i], scores.values[i]);
            }
        }
        return top;
    }

    /**
     * The claimed speakers' newest quotes scored by the weight of all the claim's words they contain,
     * read from each quote's own word list (a few hundred quotes of twenty words: microseconds, where
     * probing the long posting lists of common words cost milliseconds).
     */
    private long[] bySpeaker(int[] claimTerms, double[] weights, double unknownWeight, Collection<Long> claimedSpeakers) {
        int[] speakerSlots = speakerSlots(claimedSpeakers);
        if (speakerSlots.length == 0 || claimTerms.length == 0) {
            return new long[0];
        }
        ScoreTable weightOf = ScoreTable.fresh(claimTerms.length);
        double total = unknownWeight;
        for (int i = 0; i < claimTerms.length; i++) {
            total += weights[i];
            weightOf.add(claimTerms[i], weights[i]);
        }
        TopK top = new TopK(BY_SPEAKER);
        double threshold = total * MIN_SHARE;
        for (int slot : speakerSlots) {
            double score = 0;
            for (int k = forwardRange[2 * slot], end = forwardRange[2 * slot + 1]; k < end; k++) {
                score += weightOf.get(forward[k]);
            }
            if (score > 0 && score >= threshold && live[slot]) {
                top.offer(slot, score);
            }
        }
        return top.quoteIds(quoteIds);
    }

    /** The claimed speakers' newest slots, at most SPEAKER_SCAN. */
    private int[] speakerSlots(Collection<Long> claimedSpeakers) {
        IntList own = null;
        int lists = 0;
        for (Long speaker : claimedSpeakers) {
            IntList list = slotsOfSpeaker.get(speaker);
            if (list == null) {
                continue;
            }
            if (lists++ == 0) {
                own = list;
            } else {
                IntList merged = new IntList(own.size + list.size);
                merged.addAll(own);
                merged.addAll(list);
                own = merged;
            }
        }
        if (own == null) {
            return new int[0];
        }
        return lists == 1 ? own.tail(SPEAKER_SCAN) : own.sortedTail(SPEAKER_SCAN);
    }

    private static int indexOf(long[] values, int n, long value) {
        for (int i = 0; i < n; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Non-negative int keys to summed double values; open addressing, at most half full (a binary
     * search per word cost more in mispredicted branches). The entries in use are listed, so that
     * reading them back and clearing the table cost what a claim touched, not the table's size.
     */
    private static final class ScoreTable {
        /** Tables up to this many entries (0.9 MB with their list) are kept by each thread that scores claims, for its next. */
        private static final int REUSED_MAX = 1 << 16;
        private static final ThreadLocal<ScoreTable> REUSED = new ThreadLocal<>();

        final int[] keys;
        final double[] values;
        /** The indexes of the entries in use, in the order they were filled. */
        final int[] used;
        int count;
        private final int mask;

        private ScoreTable(int size) {
            keys = new int[size];
            values = new double[size];
            used = new int[size / 2 + 1];
            mask = size - 1;
            Arrays.fill(keys, -1);
        }

        /** A new table for up to {@code expected} keys. */
        static ScoreTable fresh(int expected) {
            return new ScoreTable(sizeFor(expected));
        }

        /**
         * This thread's table from its last claim, emptied (a new one when it is too small, or
         * fresh when the claim needs more than {@link #REUSED_MAX}); one caller at a time per thread.
         */
        static ScoreTable reused(int expected) {
            int size = sizeFor(expected);
            if (size > REUSED_MAX) {
                return new ScoreTable(size);
            }
            ScoreTable table = REUSED.get();
            if (table == null || table.keys.length < size) {
                table = new ScoreTable(size);
                REUSED.set(table);
            } else {
                table.clear();
            }
            return table;
        }

        private static int sizeFor(int expected) {
            return Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
        }

        private void clear() {
            for (int u = 0; u < count; u++) {
                keys[used[u]] = -1;
                values[used[u]] = 0;
            }
            count = 0;
        }

        void add(int key, double value) {
            int i = (key * 0x9E3779B9) >>> 7 & mask;
            while (keys[i] != key && keys[i] >= 0) {
                i = (i + 1) & mask;
            }
            if (keys[i] < 0) {
                keys[i] = key;
                used[count++] = i;
            }
            values[i] += value;
        }

        double get(int key) {
            int i = (key * 0x9E3779B9) >>> 7 & mask;
            while (keys[i] >= 0) {
                if (keys[i] == key) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            return 0;
        }
    }

    /** The k best slots by score; among equal scores the newest. */
    private static final class TopK {
        private final int[] slots;
        private final double[] scores;
        private int size;
        /** The weight a quote sharing every looked-up word would score. */
        double total;

        TopK(int k) {
            slots = new int[k];
            scores = new double[k];
        }

        void offer(int slot, double score) {
            if (size == slots.length && !better(score, slot, scores[size - 1], slots[size - 1])) {
                return;
            }
            int i = size == slots.length ? size - 1 : size++;
            while (i > 0 && better(score, slot, scores[i - 1], slots[i - 1])) {
                slots[i] = slots[i - 1];
                scores[i] = scores[i - 1];
                i--;
            }
            slots[i] = slot;
            scores[i] = score;
        }

        private static boolean better(double score, int slot, double otherScore, int otherSlot) {
            return score > otherScore || (score == otherScore && slot > otherSlot);
        }

        /**
         * Whether a claimed speaker's quote is among these with most of the claim's weight: then the
         * claimed speaker's own quotes need no scan (their closest is here already).
         */
        boolean hasCloseMatchBy(Collection<Long> claimedSpeakers, long[] speakerOfSlot) {
            for (int i = 0; i < size; i++) {
                if (scores[i] >= CLOSE_SHARE * total && claimedSpeakers.contains(speakerOfSlot[slots[i]])) {
                    return true;
                }
            }
            return false;
        }

        /** The quotes scoring at least RELATIVE_TO_BEST of the best one's score, best first. */
        long[] quoteIds(long[] quoteOfSlot) {
            int kept = 0;
            while (kept < size && scores[kept] >= RELATIVE_TO_BEST * scores[0]) {
                kept++;
            }
            long[] ids = new long[kept];
            for (int i = 0; i < kept; i++) {
                ids[i] = quoteOfSlot[slots[i]];
            }
            return ids;
        }
    }

    /** A growable list of ints. */
    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[capacity];
        }

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addAll(IntList other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        /** The last {@code max} values, for a list appended in ascending order. */
        int[] tail(int max) {
            return Arrays.copyOfRange(values, Math.max(0, size - max), size);
        }

        /** The last (highest) {@code max} values, sorted. */
        int[] sortedTail(int max) {
            int[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return size <= max ? sorted : Arrays.copyOfRange(sorted, size - max, size);
        }
    }

    /** Quote id to slot: open addressing over two primitive arrays (a HashMap of a million boxed entries costs ~80 MB). */
    private static final class LongIntMap {
        private long[] keys = new long[1024];
        private int[] values = new int[1024];
        private int size;

        LongIntMap() {
            Arrays.fill(keys, Long.MIN_VALUE);
        }

        int get(long key) {
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
                if (keys[i] == Long.MIN_VALUE) {
                    return -1;
                }
            }
        }

        void put(long key, int value) {
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (keys[i] != Long.MIN_VALUE && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (keys[i] == Long.MIN_VALUE) {
                size++;
            }
            keys[i] = key;
            values[i] = value;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            Arrays.fill(keys, Long.MIN_VALUE);
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != Long.MIN_VALUE) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }

    /** In how many quotes a normalised word appears (retracted and replaced ones included); 0 if in none. */
    public int frequency(String word) {
        lock.readLock().lock();
        try {
            int t = knownTerm(word);
            return t < 0 ? 0 : postingSizes[t];
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The newest {@code max} quotes holding every one of these normalised words, newest first (an
     * intersection of sorted posting lists: a few milliseconds for words in a fifth of a million quotes,
     * where the database's full-text index took 100 ms).
     */
    public long[] newestWithAll(List<String> words, int max) {
        lock.readLock().lock();
        try {
            int[] terms = claimTerms(words);
            if (terms.length == 0 || terms.length < distinctCount(words)) {
                return new long[0]; // a word no quote has
            }
            int[] rarest = postings[terms[0]];
            long[] found = new long[Math.min(max, postingSizes[terms[0]])];
            int n = 0;
            for (int p = postingSizes[terms[0]] - 1; p >= 0 && n < found.length; p--) {
                int slot = rarest[p];
                boolean all = live[slot];
                for (int i = 1; i < terms.length && all; i++) {
                    all = Arrays.binarySearch(postings[terms[i]], 0, postingSizes[terms[i]], slot) >= 0;
                }
                if (all) {
                    found[n++] = quoteIds[slot];
                }
            }
            return Arrays.copyOf(found, n);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** For tests: the ids of all live quotes holding a word. */
    List<Long> quotesWith(String word) {
        lock.readLock().lock();
        try {
            List<Long> ids = new ArrayList<>();
            int t = knownTerm(word);
            if (t >= 0) {
                for (int i = 0; i < postingSizes[t]; i++) {
                    if (live[postings[t][i]]) {
                        ids.add(quoteIds[postings[t][i]]);
                    }
                }
            }
            return ids;
        } finally {
            lock.readLock().unlock();
        }
    }
}
