package org.quotecheck.verify.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {

    private static final long PUTIN = 1;
    private static final long XI = 2;
    private static final long ERDOGAN = 3;
    private static final String BEST_PERIOD = "russian chinese relations are experiencing the best period in their history";

    private long seq;

    private CandidateIndex.Entry entry(long quoteId, long speaker, String text) {
        return new CandidateIndex.Entry(quoteId, speaker, text, true, ++seq);
    }

    /** A store of filler quotes made of common words, so that document frequencies mean something. */
    private CandidateIndex store() {
        CandidateIndex index = new CandidateIndex();
        List<CandidateIndex.Entry> entries = new ArrayList<>();
        String[] common = {"we", "will", "the", "people", "are", "in", "our", "country", "and", "of", "this", "is", "a", "time"};
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 8; w++) {
                text.append(w == 0 ? "" : " ").append(common[(i * 7 + w * 3) % common.length]);
            }
            entries.add(entry(1000 + i, 100 + i % 20, text.toString()));
        }
        entries.add(entry(1, PUTIN, BEST_PERIOD));
        entries.add(entry(2, XI, "the shanghai cooperation organisation must stay a pillar of security in eurasia"));
        entries.add(entry(3, ERDOGAN, "turkiye wants a just peace between russia and ukraine"));
        index.apply(entries);
        return index;
    }

    private static List<String> words(String text) {
        return Arrays.asList(text.split(" "));
    }

    @Test
    void shouldFindTheQuoteFirstWhenTheClaimIsExact() {
        CandidateIndex.Found found = store().find(words(BEST_PERIOD), null);
        assertEquals(1, found.overall()[0]);
        assertEquals(0, found.bySpeaker().length);
    }

    @Test
    void shouldFindTheQuoteWhenTheClaimChangesAWord() {
        CandidateIndex.Found found = store().find(words("russian chinese relations are experiencing the worst period in their history"), null);
        assertEquals(1, found.overall()[0]);
    }

    @Test
    void shouldFindTheLongerQuoteWhenTheClaimIsAFragment() {
        CandidateIndex.Found found = store().find(words("experiencing the best period"), null);
        assertEquals(1, found.overall()[0]);
    }

    @Test
    void shouldFindNothingWhenNoWordIsStored() {
        CandidateIndex.Found found = store().find(words("zebras juggle marmalade"), Set.of(PUTIN));
        assertTrue(found.isEmpty());
    }

    @Test
    void shouldNotOfferQuotesThatShareOnlyAFewCommonWords() {
        CandidateIndex.Found found = store().find(words("the eurasian zebra said nothing"), null);
        assertEquals(0, found.overall().length, Arrays.toString(found.overall()));
    }

    @Test
    void shouldFindTheClaimedSpeakersQuoteWhenTheClaimIsMadeOfCommonWords() {
        CandidateIndex index = store();
        index.apply(List.of(entry(4, PUTIN, "we will time this people")));
        CandidateIndex.Found found = index.find(words("we will time this people"), Set.of(PUTIN));
        assertTrue(Arrays.stream(found.overall()).anyMatch(id -> id == 4) || found.bySpeaker()[0] == 4);
    }

    @Test
    void shouldFindTheClaimedSpeakersCloseQuoteWhenOthersCrowdTheOverallCandidates() {
        CandidateIndex index = store();
        List<CandidateIndex.Entry> entries = new ArrayList<>();
        for (int i = 0; i < CandidateIndex.OVERALL + 1; i++) {
            entries.add(entry(500 + i, XI, "the grain corridor must stay open for africa"));
        }
        entries.add(entry(4, PUTIN, "the grain corridor must stay closed for africa"));
        index.apply(entries);
        CandidateIndex.Found found = index.find(words("the grain corridor must stay open for africa"), Set.of(PUTIN));
        assertTrue(Arrays.stream(found.overall()).noneMatch(id -> id == 4), "Xi's identical quotes fill the overall candidates");
        assertEquals(4, found.bySpeaker()[0]);
    }

    @Test
    void shouldNotScanTheClaimedSpeakersQuotesWhenTheirCloseQuoteIsFoundAlready() {
        CandidateIndex.Found found = store().find(words(BEST_PERIOD), Set.of(PUTIN));
        assertEquals(1, found.overall()[0]);
        assertEquals(0, found.bySpeaker().length);
    }

    @Test
    void shouldOnlyOfferTheClaimedSpeakersQuotesAmongTheirs() {
        CandidateIndex.Found found = store().find(words("turkiye wants a just peace between russia and ukraine"), Set.of(PUTIN));
        assertEquals(3, found.overall()[0]);
        for (long id : found.bySpeaker()) {
            assertEquals(1, id, "only Putin's quote may be offered as his");
        }
    }

    @Test
    void shouldForgetARetractedQuote() {
        CandidateIndex index = store();
        int before = index.size();
        index.apply(List.of(new CandidateIndex.Entry(1, PUTIN, BEST_PERIOD, false, ++seq)));
        assertEquals(0, Arrays.stream(index.find(words(BEST_PERIOD), Set.of(PUTIN)).overall()).filter(id -> id == 1).count());
        assertEquals(before - 1, index.size());
    }

    @Test
    void shouldFollowAnEditedQuoteToItsNewWords() {
        CandidateIndex index = store();
        index.apply(List.of(entry(2, XI, "the summit in astana opens a new chapter")));
        assertEquals(List.of(2L), index.quotesWith("astana"));
        assertEquals(List.of(), index.quotesWith("pillar"));
        assertEquals(2, index.find(words("a new chapter opens in astana"), null).overall()[0]);
    }

    @Test
    void shouldIgnoreAChangeOlderThanTheOneItHolds() {
        CandidateIndex index = store();
        long old = seq - 1;
        index.apply(List.of(new CandidateIndex.Entry(2, XI, "an outdated wording about pandas", true, old)));
        assertEquals(List.of(), index.quotesWith("pandas"));
        assertEquals(List.of(2L), index.quotesWith("pillar"));
    }

    @Test
    void shouldKeepTheHighestChangeNumberApplied() {
        CandidateIndex index = store();
        assertEquals(seq, index.maxSeq());
        index.apply(List.of(new CandidateIndex.Entry(99, PUTIN, "late words", true, seq + 10)));
        assertEquals(seq + 10, index.maxSeq());
    }

    @Test
    void shouldPostARepeatedWordOnce() {
        CandidateIndex index = new CandidateIndex();
        index.apply(List.of(entry(7, PUTIN, "never never never give up")));
        assertEquals(List.of(7L), index.quotesWith("never"));
    }

    @Test
    void shouldScoreEachClaimAfreshWhenTheThreadScoredAnotherBefore() {
        CandidateIndex index = store();
        String claim = "the shanghai cooperation organisation and ukraine";
        CandidateIndex.Found first = index.find(words(claim), null);
        // the same quotes scored by a claim in between must leave nothing behind for the next
        for (String other : List.of("the shanghai cooperation organisation must stay a pillar of security in eurasia", BEST_PERIOD,
                "turkiye wants a just peace between russia and ukraine")) {
            index.find(words(other), null);
            CandidateIndex.Found again = index.find(words(claim), null);
            assertArrayEquals(first.overall(), again.overall(), "after " + other);
        }
        assertEquals(2, first.overall()[0]);
    }

    @Test
    void shouldPreferTheNewestAmongEquallyGoodCandidates() {
        CandidateIndex index = new CandidateIndex();
        index.apply(List.of(entry(10, PUTIN, "a just peace"), entry(11, XI, "a just peace"), entry(12, ERDOGAN, "something else entirely")));
        assertArrayEquals(new long[] {11, 10}, index.find(words("a just peace"), null).overall());
    }

    @Test
    void shouldScoreOnlyTheNewestQuotesOfAProlificSpeaker() {
        CandidateIndex index = new CandidateIndex();
        List<CandidateIndex.Entry> entries = new ArrayList<>();
        entries.add(entry(1, PUTIN, "an old remark about grain"));
        for (int i = 0; i < CandidateIndex.SPEAKER_SCAN; i++) {
            entries.add(entry(100 + i, PUTIN, "remark number " + i));
        }
        index.apply(entries);
        assertEquals(0, index.find(words("an old remark about grain"), Set.of(PUTIN)).bySpeaker().length);
        assertEquals(1, index.find(words("an old remark about grain"), Set.of(PUTIN)).overall()[0], "still found among all quotes");
    }

    @Test
    void shouldTrimWithoutLosingPostings() {
        CandidateIndex index = store();
        index.trim();
        index.apply(List.of(entry(5, XI, "eurasia needs security")));
        assertEquals(List.of(2L, 5L), index.quotesWith("eurasia"));
    }

    @Test
    void shouldListTheNewestQuotesHoldingEveryWordWhenAskedForCommonWords() {
        CandidateIndex index = store();
        long[] ids = index.newestWithAll(words("we people our"), 5);
        assertEquals(5, ids.length);
        for (int i = 1; i < ids.length; i++) {
            assertTrue(ids[i - 1] > ids[i], "newest first");
        }
        assertEquals(0, index.newestWithAll(words("people zebra"), 5).length, "a word no quote has matches nothing");
    }

    @Test
    void shouldCountInHowManyQuotesAWordAppears() {
        CandidateIndex index = store();
        assertEquals(1, index.frequency("astana") + index.frequency("eurasia"));
        assertEquals(0, index.frequency("zebra"));
        assertTrue(index.frequency("the") > 100);
    }

    @Test
    void shouldCountEveryWordAsAPlainMapWouldWhenManyWordsShareHashBucketsAndTheDictionaryGrows() {
        // 30,000 distinct words (the dictionary grows past 4,096 entries several times), lengths 1-14,
        // repeated across quotes and inside a quote; frequencies must equal a HashMap's count of quotes per word
        java.util.Random random = new java.util.Random(7);
        java.util.Map<String, Integer> expected = new java.util.HashMap<>();
        List<CandidateIndex.Entry> entries = new ArrayList<>();
        String[] vocabulary = new String[30_000];
        for (int i = 0; i < vocabulary.length; i++) {
            StringBuilder word = new StringBuilder();
            for (int c = 0, length = 1 + random.nextInt(14); c < length; c++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            vocabulary[i] = word.toString() + (i % 3 == 0 ? "é" : "");
        }
        for (int q = 0; q < 5_000; q++) {
            List<String> text = new ArrayList<>();
            for (int w = 0, n = 1 + random.nextInt(25); w < n; w++) {
                text.add(vocabulary[random.nextInt(vocabulary.length)]);
            }
            text.add(text.get(0)); // a word twice in one quote counts once
            new java.util.HashSet<>(text).forEach(word -> expected.merge(word, 1, Integer::sum));
            entries.add(entry(q + 1, 1 + q % 50, String.join(" ", text)));
        }
        CandidateIndex index = new CandidateIndex();
        index.apply(entries);
        for (String word : vocabulary) {
            assertEquals(expected.getOrDefault(word, 0).intValue(), index.frequency(word), word);
        }
        assertEquals(0, index.frequency("notaword"));
        for (int q = 0; q < 5_000; q += 97) {
            CandidateIndex.Entry quote = entries.get(q);
            CandidateIndex.Found found = index.find(words(quote.normalizedText()), Set.of(quote.speakerId()));
            assertTrue(Arrays.stream(found.overall()).anyMatch(id -> id == quote.quoteId()), "quote " + quote.quoteId() + " found by its own words");
        }
    }

    @Test
    void shouldNameEachCandidateOnceOverallFirstWhenBothListsHoldIt() {
        CandidateIndex.Found found = new CandidateIndex.Found(new long[] {7, 3}, new long[] {3, 9, 7, 4});
        assertArrayEquals(new Long[] {7L, 3L, 9L, 4L}, found.ids());
        assertArrayEquals(new Long[] {5L}, new CandidateIndex.Found(new long[0], new long[] {5}).ids());
        assertArrayEquals(new Long[0], new CandidateIndex.Found(new long[0], new long[0]).ids());
    }
}
