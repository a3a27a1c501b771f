package org.quotecheck.verify.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the full-text queries that find a claim's candidates: phrase queries of adjacent
 * lexemes ('experienc' <2> 'best'), rare ones first. A pair of rare words is a short posting-list
 * read that matches almost only the real quote; a changed word breaks just the pairs around it, so
 * an altered claim keeps most of them. Short claims, where one change breaks most pairs, also
 * look up their rare words one by one. Common lexemes (in more quotes than a look-up should read)
 * come from the store's statistics.
 */
public final class ClaimLookup {

    /** A lexeme of the claim (PostgreSQL's English configuration) at its word position. */
    public record Lexeme(String text, int position) {
    }

    /** Rare pairs looked up: enough for an altered claim (a change breaks two), bounded for long ones. */
    static final int RARE_PAIRS = 8;
    /** With fewer rare pairs than this, pairs with one common word are added (up to HALF_COMMON_TOTAL queries). */
    static final int MIN_RARE_PAIRS = 3;
    static final int HALF_COMMON_TOTAL = 4;
    /**
     * A short claim (at most SHORT_CLAIM_LEXEMES lexemes) with fewer rare pairs than SHORT_CLAIM_PAIRS
     * also looks up its rare words alone, up to RARE_WORDS. Longer claims never do: a single word
     * matches hundreds of quotes in a large store, and a long claim keeps pairs enough.
     */
    static final int SHORT_CLAIM_PAIRS = 4;
    static final int SHORT_CLAIM_LEXEMES = 6;
    static final int RARE_WORDS = 4;
    /**
     * When every word is common, this many pairs describe the claim, but only among the claimed
     * speaker's quotes: through the whole store they would read posting lists of a fifth of it.
     */
    static final int COMMON_PAIRS = 3;

    /**
     * The look-up of a claim.
     *
     * @param queries tsquery texts, most telling first, to be OR-ed
     * @param onlyCommon every query is made of common words: use them within one speaker's quotes only
     */
    public record Lookup(List<String> queries, boolean onlyCommon) {
    }

    private ClaimLookup() {
    }

    /** What to look up for this claim; no queries when it has no lexeme worth it. */
    public static Lookup lookup(List<Lexeme> claim, Set<String> common) {
        List<Lexeme> lexemes = new ArrayList<>(claim);
        lexemes.sort(Comparator.comparingInt(Lexeme::position));
        List<String> rare = new ArrayList<>();
        List<String> halfCommon = new ArrayList<>();
        List<String> allCommon = new ArrayList<>();
        for (int i = 0; i + 1 < lexemes.size(); i++) {
            Lexeme a = lexemes.get(i);
            Lexeme b = lexemes.get(i + 1);
            String pair = quoted(a.text()) + " <" + (b.position() - a.position()) + "> " + quoted(b.text());
            int commonness = (common.contains(a.text()) ? 1 : 0) + (common.contains(b.text()) ? 1 : 0);
            (commonness == 0 ? rare : commonness == 1 ? halfCommon : allCommon).add(pair);
        }
        LinkedHashSet<String> queries = new LinkedHashSet<>(rare.subList(0, Math.min(RARE_PAIRS, rare.size())));
        if (rare.size() < MIN_RARE_PAIRS) {
            for (int i = 0; i < halfCommon.size() && queries.size() < HALF_COMMON_TOTAL; i++) {
                queries.add(halfCommon.get(i));
            }
        }
        if (rare.size() < SHORT_CLAIM_PAIRS && lexemes.size() <= SHORT_CLAIM_LEXEMES) {
            int words = 0;
            for (Lexeme l : lexemes) {
                if (words < RARE_WORDS && !common.contains(l.text()) && queries.add(quoted(l.text()))) {
                    words++;
                }
            }
        }
        if (queries.isEmpty()) {
            return new Lookup(List.copyOf(allCommon.subList(0, Math.min(COMMON_PAIRS, allCommon.size()))), true);
        }
        return new Lookup(List.copyOf(queries), false);
    }

    /** A lexeme as a tsquery operand: quoted, with quotes and backslashes doubled. */
    static String quoted(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
