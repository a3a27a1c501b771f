package org.quotecheck.verify.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CandidateIndexTest {

    private static final long PUTIN = 1;
    private static final long XI = 2;
    private static final long ERDOGAN = 3;
    private static final String BEST_PERIOD = "russian chinese relations are experiencing the best period in their history";
    /** Everyday words, each in hundreds of the filler quotes. */
    private static final String[] COMMON = {"we", "will", "the", "people", "are", "in", "our", "country", "and", "of", "this", "is", "a",
            "time", "best", "period", "history", "their", "not", "accept", "have", "no", "regrets", "i"};

    private final List<CandidateIndex> opened = new ArrayList<>();
    private long seq;

    @AfterEach
    void close() {
        opened.forEach(CandidateIndex::close);
    }

    private CandidateIndex empty() {
        CandidateIndex index = new CandidateIndex();
        opened.add(index);
        return index;
    }

    private CandidateIndex.Entry entry(long quoteId, long speaker, String text) {
        return new CandidateIndex.Entry(quoteId, speaker, text, true, ++seq);
    }

    /**
     * A store of 2,000 filler quotes of everyday words drawn at random (they hold "the", "best",
     * "period", "in", "history" in every order), loaded as the feed loads a pod's index, and three
     * quotes from the Astana summit.
     */
    private CandidateIndex store() {
        CandidateIndex index = empty();
        List<CandidateIndex.Entry> entries = new ArrayList<>();
        Random random = new Random(19);
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0, n = 6 + random.nextInt(20); w < n; w++) {
                text.append(w == 0 ? "" : " ").append(COMMON[random.nextInt(COMMON.length)]);
            }
            entries.add(entry(1000 + i, 100 + i % 20, text.toString()));
        }
        entries.add(entry(1, PUTIN, BEST_PERIOD));
        entries.add(entry(2, XI, "the shanghai cooperation organisation must stay a pillar of security in eurasia"));
        entries.add(entry(3, ERDOGAN, "turkiye wants a just peace between russia and ukraine"));
        index.apply(entries);
        index.finishLoad();
        return index;
    }

    private static List<String> words(String text) {
        return Arrays.asList(text.split(" "));
    }

    private static boolean holds(long[] ids, long id) {
        return Arrays.stream(ids).anyMatch(x -> x == id);
    }

    @Test
    void shouldFindTheQuoteFirstWhenTheClaimIsExact() {
        assertEquals(1, store().find(words(BEST_PERIOD), null).overall()[0]);
    }

    @Test
    void shouldRankTheQuoteHoldingThePhraseFirstWhenEveryWordOfTheFragmentIsCommon() {
        CandidateIndex index = store();
        // every filler holds some of these words, many hold all of them, in another order
        assertEquals(1, index.find(words("the best period in their history"), null).overall()[0]);
        assertEquals(1, index.find(words("the best period in their history"), Set.of(PUTIN)).ids()[0]);
    }

    @Test
    void shouldFindTheQuoteWhenTheClaimReplacesOneCommonWord() {
        // "worst" for "best": the phrase with that position left open still holds
        assertEquals(1, store().find(words("experiencing the worst period in their history"), null).overall()[0]);
    }

    @Test
    void shouldFindTheQuoteWhenTheClaimAddsAWord() {
        assertEquals(1, store().find(words("experiencing the very best period in their history"), null).overall()[0]);
    }

    @Test
    void shouldFindTheQuoteWhenALongClaimReplacesAWord() {
        CandidateIndex index = store();
        String quote = "we have no regrets and we will not accept this because the people of our country have spoken and their time is now";
        index.apply(List.of(entry(4, PUTIN, quote)));
        assertEquals(4, index.find(words(quote.replace("spoken", "decided")), null).overall()[0]);
    }

    @Test
    void shouldFindNothingWhenNoWordIsStored() {
        assertTrue(store().find(words("zebras juggle marmalade"), Set.of(PUTIN)).isEmpty());
    }

    @Test
    void shouldNotOfferQuotesThatShareOnlyAFewCommonWords() {
        CandidateIndex.Found found = store().find(words("the eurasian zebra said nothing about pandas"), null);
        assertEquals(0, found.overall().length, Arrays.toString(found.overall()));
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
        assertTrue(!holds(found.overall(), 4), "Xi's identical quotes fill the overall candidates");
        assertEquals(4, found.bySpeaker()[0]);
    }

    @Test
    void shouldNotLookAtTheClaimedSpeakersQuotesApartWhenTheirsIsTheBestOfAll() {
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
        assertTrue(!holds(index.find(words(BEST_PERIOD), Set.of(PUTIN)).overall(), 1));
        assertEquals(before - 1, index.size());
    }

    @Test
    void shouldFollowAnEditedQuoteToItsNewWords() {
        CandidateIndex index = store();
        int before = index.size();
        index.apply(List.of(entry(2, XI, "the summit in astana opens a new chapter")));
        assertEquals(before, index.size(), "replaced, not added");
        assertEquals(1, index.frequency("astana"));
        assertEquals(2, index.find(words("the summit in astana opens a new chapter"), null).overall()[0]);
        assertTrue(!holds(index.find(words("a pillar of security in eurasia"), null).overall(), 2), "the old words are gone");
    }

    @Test
    void shouldKeepTheHighestChangeNumberApplied() {
        CandidateIndex index = store();
        assertEquals(seq, index.maxSeq());
        index.apply(List.of(new CandidateIndex.Entry(99, PUTIN, "late words", true, seq + 10)));
        assertEquals(seq + 10, index.maxSeq());
    }

    @Test
    void shouldListTheQuotesHoldingAPhraseAndNotThoseHoldingItsWordsApart() {
        CandidateIndex index = store();
        assertArrayEquals(new long[] {1}, index.withPhrase(words("best period in their history"), 10));
    }

    @Test
    void shouldFindAPhraseOnlyWhereItsWordsFollowEachOther() {
        CandidateIndex index = empty();
        index.apply(List.of(entry(1, PUTIN, "i do not know what they want from us"),
                entry(2, XI, "what they want from us i do not know"),
                entry(3, ERDOGAN, "they know what i do and what we want")));
        index.finishLoad();
        assertArrayEquals(new long[] {1}, index.withPhrase(words("not know what"), 10), "three words");
        assertArrayEquals(new long[] {1}, index.withPhrase(words("i do not know what they"), 10), "six words");
        assertArrayEquals(new long[] {2}, index.withPhrase(words("from us i do not"), 10), "five words");
        assertEquals(0, index.withPhrase(words("know what we want"), 10).length, "the words are there, not side by side");
        assertTrue(holds(index.find(words("i do never know what they"), null).overall(), 1), "one word replaced");
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
    void shouldIndexAQuoteWithTheWordsAClaimIsReadAs() {
        CandidateIndex index = empty();
        index.apply(List.of(entry(7, ERDOGAN, "Türkiye wants a “just” peace — between Russia and Ukraine, and it is a must!")));
        index.finishLoad();
        List<String> claim = words(org.quotecheck.text.TextNormalizer.instance().normalize("turkiye wants a just peace between russia and ukraine and it is a must").text());
        assertArrayEquals(new long[] {7}, index.withPhrase(claim, 10), "the words, and the pairs of function words (\"it is\", \"is a\") beside them");
    }

    @Test
    void shouldListTheNewestQuotesHoldingAPhraseAndTheNewestHoldingItButOneWordAcrossLoadAndFeed() {
        CandidateIndex index = empty();
        List<CandidateIndex.Entry> load = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            load.add(entry(100 + i, 100 + i, "we will not accept this and we will not be silent"));
        }
        index.apply(load);
        index.finishLoad();
        // quotes added by the feed after the load (a segment of their own), one older than the loaded ones
        index.apply(List.of(entry(500, XI, "i say we will not accept this"), entry(50, PUTIN, "we will not accept this at all")));
        assertArrayEquals(new long[] {500, 159, 158}, index.withPhrase(words("we will not accept this"), 3), "newest first, whatever the segment");
        // every word in more than 50 quotes: only phrases find the claim, "be" for "accept"
        long[] overall = index.find(words("we will not be this"), null).overall();
        assertArrayEquals(new long[] {500, 159, 158, 157, 156, 155, 154, 153}, overall, "the newest eight holding it but one word");
    }

    @Test
    void shouldListOnlyTheGivenSpeakersQuotesHoldingEveryWordWhenFiltered() {
        CandidateIndex index = store();
        long speaker = 105; // the generated quotes 1005, 1025, 1045, ...
        long[] all = index.newestWithAll(words("we people our"), 1000);
        long[] theirs = index.newestWithAll(words("we people our"), List.of(speaker), 1000);
        assertTrue(theirs.length > 0 && theirs.length < all.length, "some, not all, are that speaker's");
        assertEquals(Arrays.stream(all).filter(id -> (id - 1000) % 20 == 5).count(), theirs.length);
        assertTrue(Arrays.stream(theirs).allMatch(id -> (id - 1000) % 20 == 5));
    }

    @Test
    void shouldCountInHowManyQuotesAWordAppears() {
        CandidateIndex index = store();
        assertEquals(1, index.frequency("eurasia"));
        assertEquals(0, index.frequency("zebra"));
        assertTrue(index.frequency("the") > 500);
    }

    @Test
    void shouldNotSearchTheFirstLoadBeforeItIsFinished() {
        CandidateIndex index = empty();
        index.apply(List.of(entry(1, PUTIN, BEST_PERIOD)));
        assertEquals(0, index.size());
        index.finishLoad();
        assertEquals(1, index.size());
    }

    @Test
    void shouldFindEveryQuoteByItsOwnWordsAndSpeaker() {
        CandidateIndex index = store();
        Random random = new Random(7);
        for (int q = 0; q < 2000; q += 97) {
            List<String> text = new ArrayList<>();
            for (int w = 0, n = 6 + random.nextInt(20); w < n; w++) {
                text.add(COMMON[random.nextInt(COMMON.length)]);
            }
            long id = 5000 + q;
            index.apply(List.of(entry(id, 7, String.join(" ", text))));
            CandidateIndex.Found found = index.find(text, Set.of(7L));
            assertTrue(holds(found.overall(), id) || holds(found.bySpeaker(), id), "quote " + id + " found by its own words");
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
