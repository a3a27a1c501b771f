package org.quotecheck.verify.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimLookupTest {

    /** "russian chinese relations are experiencing their best period in history" as PostgreSQL's English configuration lexes it. */
    private static final List<ClaimLookup.Lexeme> PUTIN = List.of(new ClaimLookup.Lexeme("russian", 1), new ClaimLookup.Lexeme("chines", 2),
            new ClaimLookup.Lexeme("relat", 3), new ClaimLookup.Lexeme("experienc", 5), new ClaimLookup.Lexeme("best", 7),
            new ClaimLookup.Lexeme("period", 8), new ClaimLookup.Lexeme("histori", 10));

    @Test
    void shouldLookUpAdjacentPairsWithTheirDistanceWhenWordsAreRare() {
        List<String> q = ClaimLookup.lookup(PUTIN, Set.of()).queries();
        assertEquals(List.of("'russian' <1> 'chines'", "'chines' <1> 'relat'", "'relat' <2> 'experienc'", "'experienc' <2> 'best'",
                "'best' <1> 'period'", "'period' <2> 'histori'"), q);
    }

    @Test
    void shouldSortByPositionWhenLexemesComeInAnyOrder() {
        List<ClaimLookup.Lexeme> shuffled = new ArrayList<>(PUTIN);
        java.util.Collections.reverse(shuffled);
        assertEquals(ClaimLookup.lookup(PUTIN, Set.of()), ClaimLookup.lookup(shuffled, Set.of()));
    }

    @Test
    void shouldSkipPairsOfCommonWordsWhenRarePairsExist() {
        List<String> q = ClaimLookup.lookup(PUTIN, Set.of("relat", "experienc", "best")).queries();
        assertTrue(q.contains("'russian' <1> 'chines'"), q.toString());
        assertTrue(q.contains("'period' <2> 'histori'"), q.toString());
        assertTrue(q.stream().noneMatch(p -> p.equals("'relat' <2> 'experienc'") || p.equals("'experienc' <2> 'best'")), q.toString());
    }

    @Test
    void shouldCapRarePairsWhenTheClaimIsLong() {
        List<ClaimLookup.Lexeme> longClaim = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            longClaim.add(new ClaimLookup.Lexeme("word" + i, i + 1));
        }
        assertEquals(ClaimLookup.RARE_PAIRS, ClaimLookup.lookup(longClaim, Set.of()).queries().size());
    }

    @Test
    void shouldAddRareWordsAloneWhenTheClaimIsShort() {
        // "we took a bullet": one pair, which a single change breaks
        List<String> q = ClaimLookup.lookup(List.of(new ClaimLookup.Lexeme("took", 2), new ClaimLookup.Lexeme("bullet", 4)), Set.of()).queries();
        assertEquals(List.of("'took' <2> 'bullet'", "'took'", "'bullet'"), q);
    }

    @Test
    void shouldNotLookUpCommonWordsAloneWhenTheClaimIsShort() {
        List<String> q = ClaimLookup.lookup(List.of(new ClaimLookup.Lexeme("said", 1), new ClaimLookup.Lexeme("bullet", 3)), Set.of("said")).queries();
        assertEquals(List.of("'said' <2> 'bullet'", "'bullet'"), q);
    }

    @Test
    void shouldFallBackToAFewCommonPairsWhenEveryWordIsCommon() {
        List<ClaimLookup.Lexeme> common = List.of(new ClaimLookup.Lexeme("peopl", 1), new ClaimLookup.Lexeme("think", 2),
                new ClaimLookup.Lexeme("go", 3), new ClaimLookup.Lexeme("know", 4), new ClaimLookup.Lexeme("time", 5));
        ClaimLookup.Lookup lookup = ClaimLookup.lookup(common, Set.of("peopl", "think", "go", "know", "time"));
        assertTrue(lookup.onlyCommon());
        List<String> q = lookup.queries();
        assertEquals(ClaimLookup.COMMON_PAIRS, q.size());
        assertEquals("'peopl' <1> 'think'", q.get(0));
    }

    @Test
    void shouldLookUpNothingWhenTheClaimHasNoLexemes() {
        assertEquals(List.of(), ClaimLookup.lookup(List.of(), Set.of()).queries());
    }

    @Test
    void shouldLookUpTheWordWhenTheClaimIsOneRareWord() {
        assertEquals(List.of("'astana'"), ClaimLookup.lookup(List.of(new ClaimLookup.Lexeme("astana", 1)), Set.of()).queries());
    }

    @Test
    void shouldDoubleQuotesAndBackslashesWhenQuotingALexeme() {
        assertEquals("'o''brien'", ClaimLookup.quoted("o'brien"));
        assertEquals("'a\\\\b'", ClaimLookup.quoted("a\\b"));
    }

    @Test
    void shouldNotLookUpWordsAloneWhenTheClaimIsLongEvenWithFewRarePairs() {
        List<ClaimLookup.Lexeme> claim = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            claim.add(new ClaimLookup.Lexeme(i % 2 == 0 ? "common" + i : "rare" + i, i + 1));
        }
        List<String> q = ClaimLookup.lookup(claim, Set.of("common0", "common2", "common4", "common6", "common8")).queries();
        assertTrue(q.stream().allMatch(p -> p.contains(" <")), q.toString());
    }
}
