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
import org.quotecheck.verify.engine.CandidatePlan;
import org.quotecheck.verify.engine.CandidatePlan.Hit;
import org.quotecheck.verify.engine.CandidateSearch;
import org.quotecheck.verify.engine.ClaimQuery;

/**
 * The candidate search on an OpenSearch index: the same steps as the embedded
 * {@link org.quotecheck.verify.engine.CandidateIndex} ({@link CandidatePlan}), each step one request.
 */
public final class OpenSearchCandidates implements CandidateSearch {

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
        return CandidatePlan.find(new Steps(new Statistics(claimWords)), claimWords, claimedSpeakers);
    }

    /** The plan's searches, each one request; the term statistics asked for once per claim, and only if needed. */
    private final class Steps implements CandidatePlan.Steps {
        private final Statistics statistics;

        Steps(Statistics statistics) {
            this.statistics = statistics;
        }

        @Override
        public List<Hit> exactPhrase(List<String> words, Collection<Long> speakers, int max) {
            return hits(OpenSearchQueries.search(filtered(OpenSearchQueries.exactPhrase(words), speakers), max));
        }

        @Override
        public List<Hit> claim(List<ClaimQuery.Clause> clauses, Collection<Long> speakers, int max) {
            ObjectNode search = OpenSearchQueries.search(filtered(OpenSearchQueries.claim(clauses), speakers), max);
            if (speakers != null) {
                // every match counted, as the embedded index does: with scores pruned, each phrase would scan ahead
                // past the speaker's few quotes
                search.put("track_total_hits", true);
            }
            return hits(search);
        }

        @Override
        public List<Hit> firstMatching(List<ClaimQuery.Clause> clauses, Collection<Long> speakers, int max) {
            // the newest, as the embedded index takes them (an index sorted newest first stops at the max-th)
            return hits(OpenSearchQueries.newestFirst(filtered(OpenSearchQueries.claim(clauses), speakers), max));
        }

        @Override
        public int documentFrequency(String word) {
            return statistics.frequency(word);
        }

        @Override
        public int documents() {
            return statistics.documents();
        }
    }

    private static ObjectNode filtered(ObjectNode query, Collection<Long> speakers) {
        return speakers == null ? query : OpenSearchQueries.amongSpeakers(query, speakers);
    }

    @Override
    public long[] withPhrase(List<String> words, int max) {
        return ids(hits(OpenSearchQueries.newestFirst(OpenSearchQueries.exactPhrase(words), max)));
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
