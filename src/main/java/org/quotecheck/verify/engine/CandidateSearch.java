package org.quotecheck.verify.engine;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Where a claim's candidate quotes are found: the {@link CandidateIndex} in the pod (the embedded
 * backend) or a search cluster (the OpenSearch backend, outside the engine). Both take quotes'
 * normalised words, run {@link ClaimQuery}'s clauses and keep the same number of candidates, so
 * that verdicts do not depend on the backend.
 */
public interface CandidateSearch {

    /** The search cannot be reached just now (a cluster that is down or too slow). */
    class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Candidates kept among all quotes and among the claimed speaker's. */
    int OVERALL = 8;
    int BY_SPEAKER = 5;
    /**
     * A candidate scoring less than this part of the best one's score is not fetched: the engine
     * would rank it below the best anyway, and each fetched candidate costs the database a few
     * index look-ups.
     */
    double RELATIVE_TO_BEST = 0.5;

    /** One quote as the table holds it; {@code active} is false for a retracted quote. */
    record Entry(long quoteId, long speakerId, String normalizedText, boolean active, long changeSeq) {
    }

    /** Quote ids, best first: among all quotes, and among the claimed speaker's. */
    record Found(long[] overall, long[] bySpeaker) {
        public static final Found NONE = new Found(new long[0], new long[0]);

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

    /**
     * The candidates for a claim's normalised words: the quotes best matching {@link ClaimQuery}
     * among all, and among the claimed speakers' (when a speaker is claimed and the best of all is
     * not theirs), by the steps of {@link CandidatePlan}.
     */
    Found find(List<String> claimWords, Collection<Long> claimedSpeakers);

    /** The newest {@code max} quotes holding these words as a phrase, newest first. */
    long[] withPhrase(List<String> words, int max);

    /** The newest {@code max} quotes holding every one of these normalised words (the first 200 distinct), newest first. */
    long[] newestWithAll(List<String> words, int max);

    /** The same among these speakers' quotes ({@code null}: everyone's). */
    long[] newestWithAll(List<String> words, java.util.Collection<Long> speakers, int max);

    /** In how many quotes a normalised word appears (replaced ones may count until merged away); 0 if in none. */
    int frequency(String word);

    /** {@link #frequency} of each of these words (0 for a word in none), asked for at once. */
    default java.util.Map<String, Integer> frequencies(java.util.Collection<String> words) {
        java.util.Map<String, Integer> frequencies = new java.util.HashMap<>();
        for (String word : words) {
            frequencies.computeIfAbsent(word, this::frequency);
        }
        return frequencies;
    }

    /** The highest change number the search has applied: the table's changes above it are not in it yet. */
    long maxSeq();
}
