package org.quotecheck.verify.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class HoledPhraseQueryTest {

    private static final String SOURCE = "russian chinese relations are experiencing the best period in their history";

    @Test
    void aQuoteWithOneWordReplacedMatchesOnce() throws IOException {
        Map<Integer, Float> scores = scores(List.of(SOURCE, "relations are going through the worst period in their history"),
                "relations are experiencing the worst period in their history");
        assertEquals(Map.of(0, 20f), scores, "the source holds the claim but for one word, the other quote differs in more");
    }

    @Test
    void aQuoteHoldingTheWholePhraseMatchesWithEveryPositionOpen() throws IOException {
        assertEquals(Map.of(0, 20f * 5), scores(List.of(SOURCE), "the best period in their"));
    }

    @Test
    void theOpenPositionMayBeTheFirstOrLastWordAndFallOutsideTheQuote() throws IOException {
        // the quote begins with the claim's second word and ends before its last one
        assertEquals(Map.of(0, 20f), scores(List.of("best period in their"), "the best period in their"));
        assertEquals(Map.of(0, 20f), scores(List.of("the best period in"), "the best period in their"));
    }

    @Test
    void twoWordsDifferentIsNoMatch() throws IOException {
        assertEquals(Map.of(), scores(List.of(SOURCE), "relations are enjoying the worst period in their history"));
    }

    @Test
    void wordsOfTheClaimInAnotherOrderAreNoMatch() throws IOException {
        assertEquals(Map.of(), scores(List.of("history in their period best the"), "the best period in their history"));
    }

    @Test
    void aRepeatedWordCountsAtEachOfItsPositions() throws IOException {
        assertEquals(Map.of(0, 20f), scores(List.of("we will we will rock you"), "we will we shall rock you"));
        assertEquals(Map.of(), scores(List.of("we will rock you"), "we will we will rock you"));
    }

    /** The query scores what the separate phrase queries, one per open position, score summed: on random quotes of few words. */
    @Test
    void scoresWhatOnePhrasePerOpenPositionScores() throws IOException {
        String[] vocabulary = {"we", "will", "not", "accept", "this", "the", "best", "period", "in", "history"};
        Random random = new Random(3);
        List<String> quotes = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            quotes.add(words(vocabulary, 3 + random.nextInt(25), random));
        }
        try (Directory directory = index(quotes); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (int c = 0; c < 200; c++) {
                List<String> claim = List.of(words(vocabulary, 4 + random.nextInt(6), random).split(" "));
                int holes = c % 3 == 0 ? (1 << claim.size()) - 1 : random.nextInt(1 << claim.size());
                BooleanQuery.Builder separate = new BooleanQuery.Builder();
                for (int hole = 0; hole < claim.size(); hole++) {
                    if ((holes & 1 << hole) != 0) {
                        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
                        for (int i = 0; i < claim.size(); i++) {
                            if (i != hole) {
                                phrase.add(new Term(ClaimQuery.TEXT, claim.get(i)), i);
                            }
                        }
                        separate.add(new BoostQuery(new ConstantScoreQuery(phrase.build()), 20), Occur.SHOULD);
                    }
                }
                assertEquals(all(searcher, separate.build()), all(searcher, new HoledPhraseQuery(ClaimQuery.TEXT, WordPairs.FIELD, claim, holes, 20)),
                        "claim \"" + String.join(" ", claim) + "\", open positions " + Integer.toBinaryString(holes));
            }
        }
    }

    private static String words(String[] vocabulary, int n, Random random) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < n; w++) {
            text.append(w == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return text.toString();
    }

    private static Map<Integer, Float> scores(List<String> quotes, String claim) throws IOException {
        try (Directory directory = index(quotes); DirectoryReader reader = DirectoryReader.open(directory)) {
            List<String> words = List.of(claim.split(" "));
            return all(new IndexSearcher(reader), new HoledPhraseQuery(ClaimQuery.TEXT, WordPairs.FIELD, words, (1 << words.size()) - 1, 20));
        }
    }

    private static Map<Integer, Float> all(IndexSearcher searcher, Query query) throws IOException {
        Map<Integer, Float> scores = new TreeMap<>();
        for (ScoreDoc hit : searcher.search(query, Integer.MAX_VALUE / 2).scoreDocs) {
            scores.put(hit.doc, hit.score);
        }
        return scores;
    }

    private static Directory index(List<String> quotes) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        // the words and their pairs of function words, as the candidate index holds them
        PerFieldAnalyzerWrapper analyzer = new PerFieldAnalyzerWrapper(new QuoteAnalyzer(), Map.of(WordPairs.FIELD, new WordPairs.PairAnalyzer()));
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (String quote : quotes) {
                Document doc = new Document();
                doc.add(new TextField(ClaimQuery.TEXT, quote, Field.Store.NO));
                doc.add(new Field(WordPairs.FIELD, quote, WordPairs.TYPE));
                writer.addDocument(doc);
            }
        }
        return directory;
    }
}
