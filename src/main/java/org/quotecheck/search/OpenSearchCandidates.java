package org.quotecheck.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.quotecheck.verify.engine.CandidateSearch;
import org.quotecheck.verify.engine.ClaimQuery;

/**
 * The candidate search on an OpenSearch index: the same steps as the embedded
 * {@link org.quotecheck.verify.engine.CandidateIndex} (the exact phrase first, the whole
 * {@link ClaimQuery} only when no quote holds it, the claimed speaker's quotes when the best of all
 * is not theirs, the same numbers kept and the same relative cut-off), each step one request.
 */
public final class OpenSearchCandidates implements CandidateSearch {

    /** A hit: the quote, its speaker and its score. */
    record Hit(long quoteId, long speakerId, double score) {
    }

    private final OpenSearchClient client;
    private final String index;
    private final LongSupplier indexedSeq;

    /** {@code indexedSeq} tells the highest change number the indexer has written (its checkpoint). */
    public OpenSearchCandidates(OpenSearchClient client, String index, LongSupplier indexedSeq) {
        this.client = client;
        this.index = index;
        this.indexedSeq = indexedSeq;
    }

    @Override
    public Found find(List<String> claimWords, Collection<Long> claimedSpeakers) {
        Statistics statistics = new Statistics(claimWords);
        List<Hit> top = candidates(claimWords, null, OVERALL, statistics);
        long[] overall = kept(top);
        long[] bySpeaker = new long[0];
        // the claimed speaker's own quotes need a look of their own unless their best is the best of all
        if (claimedSpeakers != null && !claimedSpeakers.isEmpty() && (top.isEmpty() || !claimedSpeakers.contains(top.get(0).speakerId()))) {
            bySpeaker = kept(candidates(claimWords, claimedSpeakers, BY_SPEAKER, statistics));
        }
        return new Found(overall, bySpeaker);
    }

    private List<Hit> candidates(List<String> words, Collection<Long> speakers, int max, Statistics statistics) {
        List<Hit> exact = hits(OpenSearchQueries.search(filtered(OpenSearchQueries.exactPhrase(words), speakers), max));
        if (!exact.isEmpty()) {
            return exact;
        }
        List<ClaimQuery.Clause> clauses = ClaimQuery.clauses(words, statistics::frequency, statistics.documents());
        return hits(OpenSearchQueries.search(filtered(OpenSearchQueries.claim(clauses), speakers), max));
    }

    private static ObjectNode filtered(ObjectNode query, Collection<Long> speakers) {
        return speakers == null ? query : OpenSearchQueries.amongSpeakers(query, speakers);
    }

    /** The quote ids of the hits scoring at least RELATIVE_TO_BEST of the best one. */
    private static long[] kept(List<Hit> hits) {
        if (hits.isEmpty()) {
            return new long[0];
        }
        double min = hits.get(0).score() * RELATIVE_TO_BEST;
        return hits.stream().takeWhile(h -> h.score() >= min).mapToLong(Hit::quoteId).toArray();
    }

    @Override
    public long[] withPhrase(List<String> words, int max) {
        return ids(hits(OpenSearchQueries.search(OpenSearchQueries.exactPhrase(words), max)));
    }

    @Override
    public long[] newestWithAll(List<String> words, int max) {
        return newestWithAll(words, null, max);
    }

    @Override
    public long[] newestWithAll(List<String> words, java.util.Collection<Long> speakers, int max) {
        var all = OpenSearchQueries.withAll(words);
        return ids(hits(OpenSearchQueries.newestFirst(speakers == null ? all : OpenSearchQueries.amongSpeakers(all, speakers), max)));
    }

    @Override
    public int frequency(String word) {
        return frequencies(List.of(word)).getOrDefault(word, 0);
    }

    @Override
    public long maxSeq() {
        return indexedSeq.getAsLong();
    }

    /** Quotes in the index. */
    public long size() {
        OpenSearchClient.Answer answer = client.get(index + "/_count");
        return answer.ok() ? answer.body().path("count").asLong() : 0;
    }

    private static long[] ids(List<Hit> hits) {
        return hits.stream().mapToLong(Hit::quoteId).toArray();
    }

    private List<Hit> hits(ObjectNode search) {
        // index-wide term statistics, so that BM25 scores as one Lucene index does however many shards (one shard skips the extra round)
        OpenSearchClient.Answer answer = client.post(index + "/_search?search_type=dfs_query_then_fetch", search);
        if (!answer.ok()) {
            throw new IllegalStateException("search refused (" + answer.status() + "): " + answer.body());
        }
        JsonNode hits = answer.body().path("hits").path("hits");
        Hit[] found = new Hit[hits.size()];
        for (int i = 0; i < found.length; i++) {
            JsonNode hit = hits.get(i);
            found[i] = new Hit(Long.parseLong(hit.path("_id").asText()), hit.path("fields").path(OpenSearchQueries.SPEAKER_ID).path(0).asLong(),
                    hit.path("_score").asDouble(Double.NaN));
        }
        return Arrays.asList(found);
    }

    /** In how many quotes each word is (0 for a word in none), by one term-statistics request. */
    @Override
    public Map<String, Integer> frequencies(Collection<String> words) {
        Set<String> distinct = new LinkedHashSet<>();
        words.stream().filter(w -> !w.isEmpty()).forEach(distinct::add);
        Map<String, Integer> frequencies = new HashMap<>();
        if (distinct.isEmpty()) {
            return frequencies;
        }
        OpenSearchClient.Answer answer = client.post(index + "/_termvectors", OpenSearchQueries.termStatistics(distinct));
        JsonNode terms = answer.body().path("term_vectors").path(OpenSearchQueries.TEXT).path("terms");
        terms.fields().forEachRemaining(t -> frequencies.put(t.getKey(), t.getValue().path("doc_freq").asInt(0)));
        return frequencies;
    }

    /** The index statistics a claim query needs, asked for once per claim and only if the exact phrase found nothing. */
    private final class Statistics {
        private final List<String> words;
        private Map<String, Integer> frequencies;
        private long documents = -1;

        Statistics(List<String> words) {
            this.words = ClaimQuery.usedWords(words);
        }

        int frequency(String word) {
            if (frequencies == null) {
                frequencies = frequencies(words);
            }
            return frequencies.getOrDefault(word, 0);
        }

        int documents() {
            if (documents < 0) {
                documents = size();
            }
            return (int) Math.min(Integer.MAX_VALUE, documents);
        }
    }
}
