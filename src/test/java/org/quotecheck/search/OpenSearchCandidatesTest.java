package org.quotecheck.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quotecheck.support.OpenSearchTestCluster;
import org.quotecheck.verify.engine.CandidateIndex;
import org.quotecheck.verify.engine.CandidateSearch;

/**
 * The OpenSearch backend against the embedded index on the same quotes: every kind of claim gets
 * the same candidates, in the same order, from both (so verdicts cannot differ), and the phrase,
 * all-words and frequency look-ups of quote search agree too.
 */
class OpenSearchCandidatesTest {

    private static final long PUTIN = 1;
    private static final long XI = 2;
    private static final long ERDOGAN = 3;
    private static final String BEST_PERIOD = "russian chinese relations are experiencing the best period in their history";
    private static final String[] COMMON = {"we", "will", "the", "people", "are", "in", "our", "country", "and", "of", "this", "is", "a",
            "time", "best", "period", "history", "their", "not", "accept", "have", "no", "regrets", "i"};

    private static CandidateIndex embedded;
    private static OpenSearchIndex index;
    private static OpenSearchCandidates opensearch;

    /** 1,200 quotes of everyday words drawn at random, and quotes from the Astana summit, in both backends. */
    @BeforeAll
    static void store() {
        List<CandidateSearch.Entry> entries = new ArrayList<>();
        Random random = new Random(19);
        long seq = 0;
        for (int i = 0; i < 1200; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0, n = 6 + random.nextInt(20); w < n; w++) {
                text.append(w == 0 ? "" : " ").append(COMMON[random.nextInt(COMMON.length)]);
            }
            entries.add(new CandidateSearch.Entry(1000 + i, 100 + i % 20, text.toString(), true, ++seq));
        }
        entries.add(new CandidateSearch.Entry(1, PUTIN, BEST_PERIOD, true, ++seq));
        entries.add(new CandidateSearch.Entry(2, XI, "the shanghai cooperation organisation must stay a pillar of security in eurasia", true, ++seq));
        entries.add(new CandidateSearch.Entry(3, ERDOGAN, "turkiye wants a just peace between russia and ukraine", true, ++seq));
        entries.add(new CandidateSearch.Entry(4, XI, "china and russia are good neighbours and a pillar of peace in the region", true, ++seq));
        entries.add(new CandidateSearch.Entry(5, PUTIN, "we have spoken about the grain corridor and the price of energy for africa", true, ++seq));
        entries.add(new CandidateSearch.Entry(6, ERDOGAN, "the grain corridor must stay open for africa and for the people of the region", true, ++seq));
        embedded = new CandidateIndex();
        embedded.apply(entries);
        embedded.finishLoad();

        OpenSearchClient client = new OpenSearchClient(OpenSearchTestCluster.url(), Optional.empty(), Optional.empty(), Duration.ofSeconds(30));
        String name = OpenSearchTestCluster.uniqueIndex("candidates");
        index = new OpenSearchIndex(client, name);
        index.createIfMissing(1, 0);
        index.write(entries);
        index.refresh();
        opensearch = new OpenSearchCandidates(client, name, () -> 0);
    }

    @AfterAll
    static void close() {
        embedded.close();
        index.delete();
    }

    private static List<String> words(String text) {
        return Arrays.asList(text.split(" "));
    }

    private static void assertSameCandidates(String claim, Set<Long> speakers) {
        CandidateSearch.Found expected = embedded.find(words(claim), speakers);
        CandidateSearch.Found actual = opensearch.find(words(claim), speakers);
        assertArrayEquals(expected.overall(), actual.overall(), "overall candidates for: " + claim);
        assertArrayEquals(expected.bySpeaker(), actual.bySpeaker(), "the claimed speaker's candidates for: " + claim);
    }

    @Test
    void shouldFindTheSameCandidatesForAnExactClaimAndAFragment() {
        assertSameCandidates(BEST_PERIOD, null);
        assertSameCandidates("the best period in their history", Set.of(PUTIN));
        assertEquals(1, opensearch.find(words(BEST_PERIOD), null).overall()[0]);
    }

    @Test
    void shouldFindTheSameCandidatesForAClaimWithAWordReplaced() {
        assertSameCandidates("russian chinese relations are experiencing the worst period in their history", null);
        long[] found = opensearch.find(words("turkiye wants a fair peace between russia and ukraine"), null).overall();
        assertEquals(3, found[0], "the holed phrase finds the quote with one word replaced");
        assertSameCandidates("turkiye wants a fair peace between russia and ukraine", Set.of(ERDOGAN));
    }

    @Test
    void shouldFindTheSameCandidatesForAWordInsertedOrDropped() {
        assertSameCandidates("russian chinese relations are experiencing the very best period in their history", null);
        assertSameCandidates("the shanghai cooperation organisation must stay a pillar of security", null);
    }

    @Test
    void shouldFindTheSameCandidatesForALongClaimOfCommonWordsAndAReworded() {
        assertSameCandidates("we will not accept this and our people have no regrets about the time of their history in this country", null);
        assertSameCandidates("africa needs the grain corridor open and cheap energy", null);
        assertSameCandidates("eurasian security needs a pillar like the shanghai organisation", Set.of(XI));
    }

    @Test
    void shouldFindTheSameCandidatesAmongTheClaimedSpeakers() {
        assertSameCandidates("the grain corridor must stay open for africa", Set.of(PUTIN));
        assertSameCandidates(BEST_PERIOD, Set.of(XI, ERDOGAN));
        assertSameCandidates("zebras juggle marmalade", Set.of(PUTIN));
        assertTrue(opensearch.find(words("zebras juggle marmalade"), Set.of(PUTIN)).isEmpty());
    }

    @Test
    void shouldFindEveryFillerQuoteByItsOwnWordsAlike() {
        Random random = new Random(19);
        for (int i = 0; i < 1200; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0, n = 6 + random.nextInt(20); w < n; w++) {
                text.append(w == 0 ? "" : " ").append(COMMON[random.nextInt(COMMON.length)]);
            }
            if (i % 60 == 0) {
                assertSameCandidates(text.toString(), Set.of(100L + i % 20));
            }
        }
    }

    @Test
    void shouldAnswerQuoteSearchLookUpsAlike() {
        assertArrayEquals(embedded.withPhrase(words("best period in their history"), 10), opensearch.withPhrase(words("best period in their history"), 10));
        assertArrayEquals(embedded.withPhrase(words("the people"), 50), opensearch.withPhrase(words("the people"), 50));
        assertArrayEquals(embedded.newestWithAll(words("we people our"), 20), opensearch.newestWithAll(words("we people our"), 20));
        assertEquals(0, opensearch.newestWithAll(words("people zebra"), 5).length, "a word no quote has matches nothing");
        for (String word : List.of("eurasia", "zebra", "the", "grain", "africa")) {
            assertEquals(embedded.frequency(word), opensearch.frequency(word), "quotes holding '" + word + "'");
        }
    }

    @Test
    void shouldRemoveARetractedQuoteAndIgnoreAnOlderState() {
        OpenSearchClient client = new OpenSearchClient(OpenSearchTestCluster.url(), Optional.empty(), Optional.empty(), Duration.ofSeconds(30));
        OpenSearchIndex own = new OpenSearchIndex(client, OpenSearchTestCluster.uniqueIndex("retraction"));
        own.createIfMissing(1, 0);
        try {
            OpenSearchCandidates search = new OpenSearchCandidates(client, own.name(), () -> 0);
            String text = "china and russia are good neighbours and a pillar of peace in the region";
            own.write(List.of(new CandidateSearch.Entry(4, XI, text, true, 10)));
            own.refresh();
            assertArrayEquals(new long[] {4}, search.withPhrase(words("good neighbours"), 10));
            own.write(List.of(new CandidateSearch.Entry(4, XI, text, false, 12)));
            own.write(List.of(new CandidateSearch.Entry(4, XI, text, true, 11))); // a replay of an older change: the newer state stays
            own.refresh();
            assertEquals(0, search.withPhrase(words("good neighbours"), 10).length);
        } finally {
            own.delete();
        }
    }

    /**
     * OpenSearch 2 scores BM25 as Lucene 9 does times k1 + 1; the phrase weights are scaled alike
     * (OpenSearchQueries.BM25_SCALE), or a phrase would outrank shared words by another margin.
     */
    @Test
    void shouldScoreWordsAsLuceneTimesTheScaleOfThePhraseWeights() throws Exception {
        List<String> texts = List.of("the silk road runs through samarkand", "samarkand and bukhara are old cities on the silk road",
                "the caspian is far from the silk road");
        OpenSearchClient client = new OpenSearchClient(OpenSearchTestCluster.url(), Optional.empty(), Optional.empty(), Duration.ofSeconds(30));
        OpenSearchIndex own = new OpenSearchIndex(client, OpenSearchTestCluster.uniqueIndex("scores"));
        own.createIfMissing(1, 0);
        try (org.apache.lucene.store.Directory directory = new org.apache.lucene.store.ByteBuffersDirectory();
                org.apache.lucene.index.IndexWriter writer = new org.apache.lucene.index.IndexWriter(directory,
                        new org.apache.lucene.index.IndexWriterConfig(new org.quotecheck.verify.engine.QuoteAnalyzer()))) {
            for (int i = 0; i < texts.size(); i++) {
                org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                doc.add(new org.apache.lucene.document.TextField("text", texts.get(i), org.apache.lucene.document.Field.Store.NO));
                writer.addDocument(doc);
                own.write(List.of(new CandidateSearch.Entry(i + 1, 1, texts.get(i), true, i + 1)));
            }
            writer.commit();
            own.refresh();
            org.apache.lucene.search.IndexSearcher lucene = new org.apache.lucene.search.IndexSearcher(org.apache.lucene.index.DirectoryReader.open(directory));
            float expected = lucene.search(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("text", "samarkand")), 1).scoreDocs[0].score;
            com.fasterxml.jackson.databind.node.ObjectNode search = OpenSearchQueries.search(OpenSearchQueries.exactPhrase(List.of("samarkand")), 1);
            double actual = client.post(own.name() + "/_search", search).body().path("hits").path("hits").path(0).path("_score").asDouble();
            assertEquals(expected * OpenSearchQueries.BM25_SCALE, actual, 1e-4 * actual, "OpenSearch's score of a word against Lucene's");
        } finally {
            own.delete();
        }
    }
}
