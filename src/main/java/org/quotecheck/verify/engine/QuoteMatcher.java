package org.quotecheck.verify.engine;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligns a claim's words with one stored quote's words and says how they relate.
 *
 * <p>First the claim's segments (the text between editing marks) are looked for as they are, in
 * order: all found means the same words (EXACT, when the quote is covered from start to end) or a
 * part of them (FRAGMENT). Otherwise a local alignment (Smith–Waterman over words) finds the part
 * of the quote the claim is about, and a Myers diff (java-diff-utils) of the claim against that
 * part gives the edits; enough overlap makes it ALTERED.
 *
 * <p>Thresholds, chosen on principle and checked against the evaluation claims:
 * <ul>
 * <li>a FRAGMENT has at least {@value #MIN_FRAGMENT_WORDS} words: fewer cannot be attributed;</li>
 * <li>ALTERED needs a Dice overlap of at least {@value #ALTERED_MIN_DICE} between the claim and the
 * aligned part of the quote (one word changed in four still passes: "We took a bullet" against
 * "We dodged a bullet" is 0.75) and at least {@value #ALTERED_MIN_SHARED} shared words; a made-up
 * claim that borrows a stock phrase ("old friend" in nine words: 0.36) does not.</li>
 * </ul>
 */
public final class QuoteMatcher {

    static final int MIN_FRAGMENT_WORDS = 3;
    static final double ALTERED_MIN_DICE = 0.6;
    static final int ALTERED_MIN_SHARED = 2;

    public WordMatch match(Claim claim, TokenizedText quote) {
        List<String> claimWords = claim.words();
        List<String> quoteWords = quote.words();
        if (claimWords.isEmpty() || quoteWords.isEmpty()) {
            return WordMatch.none(0);
        }
        WordMatch exact = matchSegments(claim, quote);
        if (exact != null) {
            return exact;
        }
        return matchApproximately(claim, quote);
    }

    /** The claim's segments found verbatim, in order; null when one is missing. */
    private WordMatch matchSegments(Claim claim, TokenizedText quote) {
        List<String> words = quote.words();
        List<int[]> placed = new ArrayList<>(); // {segment index in parts, start in quote, end in quote}
        int from = 0;
        List<Object> parts = claim.parts();
        for (int p = 0; p < parts.size(); p++) {
            if (parts.get(p) instanceof Claim.Segment segment) {
                List<String> segmentWords = segment.tokens().stream().map(Token::word).toList();
                boolean leadingGap = p > 0 && parts.get(p - 1) instanceof Claim.Gap;
                // the first segment without a gap before it may start anywhere (a fragment); so may later ones after a gap
                int at = indexOf(words, segmentWords, from);
                if (at < 0) {
                    return null;
                }
                if (!placed.isEmpty() && !leadingGap && at != from) {
                    return null; // words dropped without an ellipsis: not verbatim
                }
                placed.add(new int[] {p, at, at + segmentWords.size()});
                from = at + segmentWords.size();
            }
        }
        if (placed.isEmpty()) {
            return null;
        }
        int first = placed.get(0)[1];
        int last = placed.get(placed.size() - 1)[2];
        // an editorial bracket at an edge stands for the words it replaces; an ellipsis there says the quote goes on
        boolean bracketBefore = parts.get(0) instanceof Claim.Gap g && g.bracket();
        boolean bracketAfter = parts.get(parts.size() - 1) instanceof Claim.Gap g2 && g2.bracket();
        boolean coversStart = first == 0 || (bracketBefore && placed.get(0)[0] == 1);
        boolean coversEnd = last == words.size() || (bracketAfter && placed.get(placed.size() - 1)[0] == parts.size() - 2);
        List<DiffOp> diff = new ArrayList<>();
        int claimIndex = 0;
        int previousEnd = -1;
        for (int k = 0; k < placed.size(); k++) {
            int[] place = placed.get(k);
            if (previousEnd >= 0 && place[1] > previousEnd) {
                Claim.Gap gap = gapBefore(parts, place[0]);
                diff.add(new DiffOp(DiffOp.REPLACE, gap == null ? "" : gap.mark(), quote.originalOf(previousEnd, place[1]), false));
            }
            int length = place[2] - place[1];
            diff.add(new DiffOp(DiffOp.EQUAL, claimText(claim, claimIndex, claimIndex + length), quote.originalOf(place[1], place[2]), false));
            claimIndex += length;
            previousEnd = place[2];
        }
        int claimSize = claim.tokens().size();
        double coverage = (double) claimSize / words.size();
        if (coversStart && coversEnd) {
            return new WordMatch(WordMatch.Kind.EXACT, 1.0, 1.0, diff, false, null);
        }
        if (claimSize >= MIN_FRAGMENT_WORDS) {
            return new WordMatch(WordMatch.Kind.FRAGMENT, 1.0, Math.min(1.0, coverage), diff, false, null);
        }
        return WordMatch.none(0.5 * coverage);
    }

    private WordMatch matchApproximately(Claim claim, TokenizedText quote) {
        List<String> a = claim.words();
        List<String> b = quote.words();
        int[] window = localAlignment(a, b);
        if (window == null) {
            return WordMatch.none(0);
        }
        int w0 = window[0];
        int w1 = window[1];
        List<AbstractDelta<String>> deltas = DiffUtils.diff(a, b.subList(w0, w1)).getDeltas();
        // the alignment stops short of a word replaced at an edge of the claim ("…against everyone" for
        // "…against anyone"): take in as many quote words there as the claim has left, so it is a replacement
        Widening widened = widenToClaimEdges(deltas, a.size(), w1 - w0);
        if (widened.before() > 0 || widened.after() > 0) {
            w0 = Math.max(0, w0 - widened.before());
            w1 = Math.min(b.size(), w1 + widened.after());
            deltas = DiffUtils.diff(a, b.subList(w0, w1)).getDeltas();
        }
        List<String> part = b.subList(w0, w1);
        int changedClaimWords = 0;
        for (AbstractDelta<String> d : deltas) {
            changedClaimWords += d.getSource().size();
        }
        int shared = a.size() - changedClaimWords;
        double dice = 2.0 * shared / (a.size() + part.size());
        if (shared < ALTERED_MIN_SHARED || dice < ALTERED_MIN_DICE) {
            return WordMatch.none(dice);
        }
        List<DiffOp> diff = new ArrayList<>();
        boolean critical = false;
        String[] firstChange = null;
        int ci = 0;
        int qi = 0;
        for (AbstractDelta<String> d : deltas) {
            int cs = d.getSource().getPosition();
            int qs = d.getTarget().getPosition();
            if (cs > ci) {
                diff.add(new DiffOp(DiffOp.EQUAL, claimText(claim, ci, cs), quote.originalOf(w0 + qi, w0 + qs), false));
            }
            int ce = cs + d.getSource().size();
            int qe = qs + d.getTarget().size();
            boolean isCritical = CriticalEdits.isCritical(d.getSource().getLines(), d.getTarget().getLines());
            critical |= isCritical;
            String op = d.getType() == DeltaType.CHANGE ? DiffOp.REPLACE : d.getType() == DeltaType.DELETE ? DiffOp.DELETE : DiffOp.INSERT;
            String claimPart = claimText(claim, cs, ce);
            String sourcePart = quote.originalOf(w0 + qs, w0 + qe);
            diff.add(new DiffOp(op, claimPart, sourcePart, isCritical));
            if (firstChange == null || (isCritical && !firstChangeCritical(firstChange))) {
                firstChange = new String[] {claimPart, sourcePart, isCritical ? "critical" : ""};
            }
            ci = ce;
            qi = qe;
        }
        if (ci < a.size() || qi < part.size()) {
            diff.add(new DiffOp(DiffOp.EQUAL, claimText(claim, ci, a.size()), quote.originalOf(w0 + qi, w1), false));
        }
        double coverage = Math.min(1.0, (double) shared / b.size());
        return new WordMatch(WordMatch.Kind.ALTERED, dice, coverage, diff, critical, firstChange);
    }

    /**
     * How many quote words to add before and after an aligned part: the claim words left over at each
     * edge that the part has no words against.
     */
    record Widening(int before, int after) {
    }

    static Widening widenToClaimEdges(List<AbstractDelta<String>> deltas, int claimSize, int partSize) {
        int before = 0;
        int after = 0;
        if (!deltas.isEmpty()) {
            AbstractDelta<String> first = deltas.get(0);
            if (first.getSource().getPosition() == 0 && first.getTarget().getPosition() == 0) {
                before = Math.max(0, first.getSource().size() - first.getTarget().size());
            }
            AbstractDelta<String> last = deltas.get(deltas.size() - 1);
            if (last.getSource().getPosition() + last.getSource().size() == claimSize
                    && last.getTarget().getPosition() + last.getTarget().size() == partSize && (deltas.size() > 1 || before == 0)) {
                after = Math.max(0, last.getSource().size() - last.getTarget().size());
            }
        }
        return new Widening(before, after);
    }

    private static boolean firstChangeCritical(String[] change) {
        return change.length > 2 && "critical".equals(change[2]);
    }

    /**
     * The part of the quote that best aligns with the claim (match +2, mismatch −1, gap −1),
     * as {start, end} in quote words; null when nothing aligns. Linear memory.
     */
    static int[] localAlignment(List<String> a, List<String> b) {
        return localAlignment(a, b, String::equals);
    }

    /** The same, with words matching when {@code same} says so (a translation's synonyms, see {@link TranslationVariants}). */
    static int[] localAlignment(List<String> a, List<String> b, java.util.function.BiPredicate<String, String> same) {
        int m = b.size();
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        int[] previousStart = new int[m + 1];
        int[] currentStart = new int[m + 1];
        int best = 0;
        int bestEnd = -1;
        int bestStart = -1;
        for (int i = 1; i <= a.size(); i++) {
            String word = a.get(i - 1);
            current[0] = 0;
            for (int j = 1; j <= m; j++) {
                int diagonal = previous[j - 1] + (same.test(word, b.get(j - 1)) ? 2 : -1);
                int up = previous[j] - 1;
                int left = current[j - 1] - 1;
                int score = Math.max(0, Math.max(diagonal, Math.max(up, left)));
                current[j] = score;
                if (score == 0) {
                    currentStart[j] = j; // an alignment starting after quote word j
                } else if (score == diagonal) {
                    currentStart[j] = previous[j - 1] == 0 ? j - 1 : previousStart[j - 1];
                } else if (score == up) {
                    currentStart[j] = previousStart[j];
                } else {
                    currentStart[j] = currentStart[j - 1];
                }
                if (score > best) {
                    best = score;
                    bestEnd = j;
                    bestStart = currentStart[j];
                }
            }
            int[] swap = previous;
            previous = current;
            current = swap;
            swap = previousStart;
            previousStart = currentStart;
            currentStart = swap;
        }
        return best <= 0 ? null : new int[] {bestStart, bestEnd};
    }

    private static Claim.Gap gapBefore(List<Object> parts, int partIndex) {
        for (int p = partIndex - 1; p >= 0; p--) {
            if (parts.get(p) instanceof Claim.Gap gap) {
                return gap;
            }
        }
        return null;
    }

    private static String claimText(Claim claim, int from, int to) {
        if (from >= to) {
            return "";
        }
        List<Token> tokens = claim.tokens();
        return claim.text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    private static int indexOf(List<String> haystack, List<String> needle, int from) {
        outer:
        for (int i = from; i + needle.size() <= haystack.size(); i++) {
            for (int k = 0; k < needle.size(); k++) {
                if (!haystack.get(i + k).equals(needle.get(k))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
