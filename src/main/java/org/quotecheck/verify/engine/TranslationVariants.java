package org.quotecheck.verify.engine;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Whether a claim differs from one translation of a quote only in ways another translator would
 * have chosen, so that it renders the same words faithfully: synonyms (a sense of one word is a
 * sense of the other, or directly above or below it, in the {@link Thesaurus}), function words
 * added, dropped or swapped ({@link FunctionWords}), inflection (the same base form), and word
 * order (one run of words moved). Anything else is a change of meaning or of content:
 * <ul>
 * <li>the critical edits of {@link CriticalEdits} (negation, numbers, opposites, degree words),
 * opposites in the thesaurus, another quantifier or modal verb, another grammatical person
 * ("we" for "they"): ALTERED, flagged critical;</li>
 * <li>a content word added, dropped or replaced by one the thesaurus does not relate, or content
 * words reordered beyond one moved run ("man bites dog"): ALTERED.</li>
 * </ul>
 * Words are compared in normalised form; only words of three letters or more that are none of the
 * closed classes above are looked up, so "in" never stands for "inch".
 *
 * <p>The claim is aligned with the translation as in {@link QuoteMatcher}, with synonyms and
 * inflected forms counting as the same word, and is close enough when the overlap of content words
 * (function words aside: translators add and drop them) reaches
 * {@value QuoteMatcher#ALTERED_MIN_DICE} (Dice); otherwise the result is NONE.
 */
public final class TranslationVariants {

    /** Content words the claim must share with the translation to be a rendering of it, not a borrowed phrase. */
    static final int MIN_SHARED_CONTENT_WORDS = 3;
    /** Longest phrase tried against a word or phrase ("go through" for "experience"). */
    static final int MAX_PHRASE_WORDS = 3;

    private final Thesaurus thesaurus;

    public TranslationVariants(Thesaurus thesaurus) {
        this.thesaurus = thesaurus;
    }

    /**
     * How the claim relates to one translation: TRANSLATED (only a translator's choices), ALTERED
     * (close, with a change of meaning or content; {@code critical} when it is one of the critical
     * edits) or NONE.
     */
    public WordMatch judge(Claim claim, TokenizedText wording) {
        List<String> a = claim.words();
        List<String> b = wording.words();
        if (a.isEmpty() || b.isEmpty()) {
            return WordMatch.none(0);
        }
        Relations same = new Relations();
        int[] window = QuoteMatcher.localAlignment(a, b, same);
        if (window == null) {
            return WordMatch.none(0);
        }
        int w0 = window[0];
        int w1 = window[1];
        List<AbstractDelta<String>> deltas = DiffUtils.diff(a, b.subList(w0, w1), same).getDeltas();
        QuoteMatcher.Widening widened = QuoteMatcher.widenToClaimEdges(deltas, a.size(), w1 - w0);
        if (widened.before() > 0 || widened.after() > 0) {
            w0 = Math.max(0, w0 - widened.before());
            w1 = Math.min(b.size(), w1 + widened.after());
            deltas = DiffUtils.diff(a, b.subList(w0, w1), same).getDeltas();
        }
        // a word the claim moved to or from an edge lies outside the aligned part ("today we signed" /
        // "we signed today"): take in the translation's words next to the part that the claim has unaligned
        List<String> unaligned = new ArrayList<>();
        for (AbstractDelta<String> d : deltas) {
            unaligned.addAll(d.getSource().getLines());
        }
        int before = w0;
        int after = w1;
        while (w0 > 0 && takeOne(unaligned, b.get(w0 - 1), same)) {
            w0--;
        }
        while (w1 < b.size() && takeOne(unaligned, b.get(w1), same)) {
            w1++;
        }
        if (w0 != before || w1 != after) {
            deltas = DiffUtils.diff(a, b.subList(w0, w1), same).getDeltas();
        }
        return new Judgement(claim, wording, w0, w1, deltas, same).result();
    }

    /** Removes from {@code words} one that stands for {@code word}; whether there was one. */
    private static boolean takeOne(List<String> words, String word, BiPredicate<String, String> same) {
        for (int i = 0; i < words.size(); i++) {
            if (same.test(words.get(i), word)) {
                words.remove(i);
                return true;
            }
        }
        return false;
    }

    /** One claim against one translation's aligned part. */
    private final class Judgement {
        private final Claim claim;
        private final TokenizedText wording;
        private final List<String> a;
        private final List<String> part;
        private final int w0;
        private final int w1;
        private final List<AbstractDelta<String>> deltas;
        private final Relations same;
        /** Claim word index → part word index it renders; -1 while unexplained. */
        private final int[] pairedWith;
        private final boolean[] partPaired;
        private boolean critical;
        private boolean unexplained;
        private boolean reordered;
        /** Words whose addition, loss or swap changes the meaning, to flag the changes holding them. */
        private final java.util.Set<String> flagged = new java.util.HashSet<>();

        Judgement(Claim claim, TokenizedText wording, int w0, int w1, List<AbstractDelta<String>> deltas, Relations same) {
            this.claim = claim;
            this.wording = wording;
            this.a = claim.words();
            this.part = wording.words().subList(w0, w1);
            this.w0 = w0;
            this.w1 = w1;
            this.deltas = deltas;
            this.same = same;
            this.pairedWith = new int[a.size()];
            this.partPaired = new boolean[part.size()];
            java.util.Arrays.fill(pairedWith, -1);
        }

        WordMatch result() {
            List<Placed> diff = new ArrayList<>();
            String[] firstChange = null;
            int ci = 0;
            int qi = 0;
            boolean[] deltaCritical = new boolean[deltas.size()];
            for (int d = 0; d < deltas.size(); d++) {
                AbstractDelta<String> delta = deltas.get(d);
                int cs = delta.getSource().getPosition();
                int qs = delta.getTarget().getPosition();
                firstChange = pairAligned(ci, cs, qi, diff, firstChange);
                deltaCritical[d] = changesMeaning(delta.getSource().getLines(), delta.getTarget().getLines());
                ci = cs + delta.getSource().size();
                qi = qs + delta.getTarget().size();
            }
            firstChange = pairAligned(ci, a.size(), qi, diff, firstChange);
            pairMovedWords();
            for (int d = 0; d < deltas.size(); d++) {
                pairPhrases(deltas.get(d));
                if (!deltaCritical[d]) {
                    pairNegations(deltas.get(d));
                }
            }
            judgeLeftovers();
            judgeOrder();
            // the diff in claim order: aligned runs (written above) and the deltas between them
            List<DiffOp> full = new ArrayList<>();
            int aligned = 0;
            ci = 0;
            for (int d = 0; d < deltas.size(); d++) {
                AbstractDelta<String> delta = deltas.get(d);
                int cs = delta.getSource().getPosition();
                while (aligned < diff.size() && diff.get(aligned).claimStart() < cs) {
                    full.add(diff.get(aligned++).op());
                }
                int ce = cs + delta.getSource().size();
                int qs = delta.getTarget().getPosition();
                int qe = qs + delta.getTarget().size();
                boolean isCritical = deltaCritical[d] || crossOpposite(delta) || holdsFlagged(delta);
                critical |= isCritical;
                String claimPart = claimText(cs, ce);
                String sourcePart = wording.originalOf(w0 + qs, w0 + qe);
                String op = cs == ce ? DiffOp.INSERT : qs == qe ? DiffOp.DELETE : DiffOp.REPLACE;
                full.add(new DiffOp(op, claimPart, sourcePart, isCritical));
                if (firstChange == null || (isCritical && !"critical".equals(firstChange.length > 2 ? firstChange[2] : ""))) {
                    firstChange = new String[] {claimPart, sourcePart, isCritical ? "critical" : ""};
                }
            }
            while (aligned < diff.size()) {
                full.add(diff.get(aligned++).op());
            }
            // closeness over content words: a translator adds and drops function words freely
            int claimContent = 0;
            int sharedContent = 0;
            for (int i = 0; i < a.size(); i++) {
                if (!FunctionWords.isFunctionWord(a.get(i))) {
                    claimContent++;
                    sharedContent += pairedWith[i] >= 0 ? 1 : 0;
                }
            }
            int partContent = 0;
            int sharedPart = 0;
            int sharedPartContent = 0;
            for (int q = 0; q < part.size(); q++) {
                sharedPart += partPaired[q] ? 1 : 0;
                if (!FunctionWords.isFunctionWord(part.get(q))) {
                    partContent++;
                    sharedPartContent += partPaired[q] ? 1 : 0;
                }
            }
            double dice = claimContent + partContent == 0 ? 0 : (double) (sharedContent + sharedPartContent) / (claimContent + partContent);
            if (sharedContent < QuoteMatcher.ALTERED_MIN_SHARED || dice < QuoteMatcher.ALTERED_MIN_DICE) {
                return WordMatch.none(dice);
            }
            double coverage = Math.min(1.0, (double) sharedPart / wording.size());
            boolean variant = !critical && !unexplained && !reordered && sharedContent >= MIN_SHARED_CONTENT_WORDS;
            return new WordMatch(variant ? WordMatch.Kind.TRANSLATED : WordMatch.Kind.ALTERED, dice, coverage, List.copyOf(full), critical,
                    firstChange);
        }

        /** Pairs the words the diff aligned in claim [from, to) with part words from {@code qi}, one for one. */
        private String[] pairAligned(int from, int to, int qi, List<Placed> diff, String[] firstChange) {
            int runStart = from;
            for (int i = from; i < to; i++) {
                int q = qi + (i - from);
                pairedWith[i] = q;
                partPaired[q] = true;
                String c = a.get(i);
                String s = part.get(q);
                if (!c.equals(s)) {
                    if (i > runStart) {
                        diff.add(new Placed(runStart, new DiffOp(DiffOp.EQUAL, claimText(runStart, i), wording.originalOf(w0 + qi + (runStart - from),
                                w0 + q), false)));
                    }
                    // aligned as the same word, they are inflections or synonyms, never a closed-class swap (see Relations)
                    String claimWord = claimText(i, i + 1);
                    String sourceWord = wording.originalOf(w0 + q, w0 + q + 1);
                    diff.add(new Placed(i, new DiffOp(DiffOp.REPLACE, claimWord, sourceWord, false)));
                    if (firstChange == null) {
                        firstChange = new String[] {claimWord, sourceWord, ""};
                    }
                    runStart = i + 1;
                }
            }
            if (to > runStart) {
                diff.add(new Placed(runStart, new DiffOp(DiffOp.EQUAL, claimText(runStart, to),
                        wording.originalOf(w0 + qi + (runStart - from), w0 + qi + (to - from)), false)));
            }
            return firstChange;
        }

        /** Claim-only and part-only words that are the same word: moved, not changed. */
        private void pairMovedWords() {
            for (AbstractDelta<String> claimSide : deltas) {
                for (int i = claimSide.getSource().getPosition(); i < claimSide.getSource().getPosition() + claimSide.getSource().size(); i++) {
                    if (pairedWith[i] >= 0) {
                        continue;
                    }
                    for (AbstractDelta<String> partSide : deltas) {
                        int found = -1;
                        for (int q = partSide.getTarget().getPosition(); q < partSide.getTarget().getPosition() + partSide.getTarget().size(); q++) {
                            if (!partPaired[q] && same.test(a.get(i), part.get(q))) {
                                found = q;
                                break;
                            }
                        }
                        if (found >= 0) {
                            pairedWith[i] = found;
                            partPaired[found] = true;
                            break;
                        }
                    }
                }
            }
        }

        /** Negations in the same change on both sides ("do not intend" / "have no intention"): the same polarity, paired. */
        private void pairNegations(AbstractDelta<String> delta) {
            int c0 = delta.getSource().getPosition();
            int q0 = delta.getTarget().getPosition();
            for (int i = c0; i < c0 + delta.getSource().size(); i++) {
                if (pairedWith[i] >= 0 || !CriticalEdits.NEGATIONS.contains(a.get(i))) {
                    continue;
                }
                for (int q = q0; q < q0 + delta.getTarget().size(); q++) {
                    if (!partPaired[q] && CriticalEdits.NEGATIONS.contains(part.get(q))) {
                        pairedWith[i] = q;
                        partPaired[q] = true;
                        break;
                    }
                }
            }
        }

        /** Phrases of up to {@value #MAX_PHRASE_WORDS} words within one change that mean the same ("going through" / "experiencing"). */
        private void pairPhrases(AbstractDelta<String> delta) {
            int c0 = delta.getSource().getPosition();
            int c1 = c0 + delta.getSource().size();
            int q0 = delta.getTarget().getPosition();
            int q1 = q0 + delta.getTarget().size();
            for (int i = c0; i < c1; i++) {
                for (int li = 1; li <= MAX_PHRASE_WORDS && i + li <= c1; li++) {
                    if (!unpaired(i, li)) {
                        break;
                    }
                    for (int q = q0; q < q1; q++) {
                        for (int lq = 1; lq <= MAX_PHRASE_WORDS && q + lq <= q1; lq++) {
                            if (li == 1 && lq == 1 || !partUnpaired(q, lq)) {
                                continue; // single words were tried by the alignment
                            }
                            if (same.phrases(String.join(" ", a.subList(i, i + li)), String.join(" ", part.subList(q, q + lq)))) {
                                for (int k = 0; k < li; k++) {
                                    pairedWith[i + k] = q;
                                }
                                for (int k = 0; k < lq; k++) {
                                    partPaired[q + k] = true;
                                }
                                i += li - 1;
                                li = MAX_PHRASE_WORDS + 1;
                                q = q1;
                                break;
                            }
                        }
                    }
                }
            }
        }

        private boolean unpaired(int from, int length) {
            for (int k = from; k < from + length; k++) {
                if (pairedWith[k] >= 0) {
                    return false;
                }
            }
            return true;
        }

        private boolean partUnpaired(int from, int length) {
            for (int k = from; k < from + length; k++) {
                if (partPaired[k]) {
                    return false;
                }
            }
            return true;
        }

        /** "going" of "be going to": a future, as "will" is. */
        private boolean futureGoing(List<String> words, int at) {
            return words.get(at).equals("going") && at + 1 < words.size() && words.get(at + 1).equals("to");
        }

        /** What no pairing explains: function words are a translator's; content words, persons and quantifiers are not. */
        private void judgeLeftovers() {
            List<String> claimPersons = new ArrayList<>();
            List<String> partPersons = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                if (pairedWith[i] < 0 && !futureGoing(a, i)) {
                    leftover(a.get(i), claimPersons);
                }
            }
            for (int q = 0; q < part.size(); q++) {
                if (!partPaired[q] && !futureGoing(part, q)) {
                    leftover(part.get(q), partPersons);
                }
            }
            for (int i = 0; i < a.size(); i++) {
                String p = pairedWith[i] < 0 ? FunctionWords.person(a.get(i)) : null;
                if (p != null && !partPersons.isEmpty() && !partPersons.contains(p)) {
                    critical = true; // "our" where the translation has "their": someone else's
                    flagged.add(a.get(i));
                }
            }
        }

        private void leftover(String word, List<String> persons) {
            String person = FunctionWords.person(word);
            if (person != null) {
                persons.add(person);
            }
            if ("any".equals(word)) {
                return; // "not forming blocs" / "not forming any blocs": emphasis
            }
            if (FunctionWords.isQuantifier(word)) {
                critical = true; // "all" or "only" added or dropped says how much
                flagged.add(word);
            } else if (!FunctionWords.isFunctionWord(word)) {
                unexplained = true;
            }
        }

        /**
         * Content words in the translation's order but for one moved run ("today we signed" / "we
         * signed today"); two runs crossing ("Russia attacked Ukraine" / "Ukraine attacked Russia") changes who did what.
         */
        private void judgeOrder() {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                if (pairedWith[i] >= 0 && !FunctionWords.isFunctionWord(a.get(i)) && (i == 0 || pairedWith[i - 1] != pairedWith[i])) {
                    order.add(pairedWith[i]);
                }
            }
            reordered = !sortedButForOneRun(order);
        }

        private boolean holdsFlagged(AbstractDelta<String> delta) {
            return delta.getSource().getLines().stream().anyMatch(flagged::contains) || delta.getTarget().getLines().stream().anyMatch(flagged::contains);
        }

        private boolean crossOpposite(AbstractDelta<String> delta) {
            for (String c : delta.getSource().getLines()) {
                for (String s : delta.getTarget().getLines()) {
                    if (FunctionWords.differInAmountOrModality(c, s) && (FunctionWords.isQuantifier(c) || FunctionWords.isModal(c))
                            || same.opposite(c, s)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private String claimText(int from, int to) {
            if (from >= to) {
                return "";
            }
            List<Token> tokens = claim.tokens();
            return claim.text().substring(tokens.get(from).start(), tokens.get(to - 1).end());
        }
    }

    /** A diff step of an aligned run, with the claim word it starts at, for merging with the changes in claim order. */
    private record Placed(int claimStart, DiffOp op) {
    }

    /**
     * A critical edit ({@link CriticalEdits}), except a negation worded otherwise in the same place
     * ("have no intention" / "do not intend"): polarity kept. A negation moved elsewhere stays critical
     * ("we will not send troops, but will provide aid" / "we will send troops, but will not provide aid").
     */
    static boolean changesMeaning(List<String> claimWords, List<String> sourceWords) {
        if (!CriticalEdits.isCritical(claimWords, sourceWords)) {
            return false;
        }
        long claimNegations = claimWords.stream().filter(CriticalEdits.NEGATIONS::contains).count();
        long sourceNegations = sourceWords.stream().filter(CriticalEdits.NEGATIONS::contains).count();
        if (claimNegations == 0 || claimNegations != sourceNegations) {
            return true;
        }
        return CriticalEdits.isCritical(claimWords.stream().filter(w -> !CriticalEdits.NEGATIONS.contains(w)).toList(),
                sourceWords.stream().filter(w -> !CriticalEdits.NEGATIONS.contains(w)).toList());
    }

    /** Whether the sequence is increasing once one contiguous run of it is moved elsewhere. */
    static boolean sortedButForOneRun(List<Integer> order) {
        int n = order.size();
        if (increasing(order, 0, n)) {
            return true;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j <= n; j++) {
                if (!increasing(order, i, j)) {
                    break;
                }
                List<Integer> rest = new ArrayList<>(order.subList(0, i));
                rest.addAll(order.subList(j, n));
                if (increasing(rest, 0, rest.size()) && fitsSomewhere(rest, order.subList(i, j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean increasing(List<Integer> s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (s.get(k) <= s.get(k - 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean fitsSomewhere(List<Integer> rest, List<Integer> run) {
        int lo = run.get(0);
        int hi = run.get(run.size() - 1);
        for (int at = 0; at <= rest.size(); at++) {
            boolean after = at == 0 || rest.get(at - 1) < lo;
            boolean before = at == rest.size() || rest.get(at) > hi;
            if (after && before) {
                return true;
            }
        }
        return false;
    }

    /** Which words stand for each other, asked of the thesaurus once per pair of one judgement. */
    private final class Relations implements BiPredicate<String, String> {
        private final Map<String, Boolean> known = new HashMap<>();

        @Override
        public boolean test(String x, String y) {
            if (x.equals(y) || FunctionWords.sameAmountOrModality(x, y) || sameNumber(x, y)) {
                return true;
            }
            if (closedClass(x) || closedClass(y)) {
                return false;
            }
            return known.computeIfAbsent(x + "\u0000" + y, k -> related(x, y));
        }

        boolean phrases(String x, String y) {
            if (x.equals(y)) {
                return true;
            }
            return known.computeIfAbsent(x + "\u0000" + y, k -> lookable(x) && lookable(y) && related(x, y));
        }

        boolean opposite(String x, String y) {
            return !x.equals(y) && (CriticalEdits.areOpposites(x, y) || (!closedClass(x) && !closedClass(y) && lookedUpOpposites(x, y)));
        }

        /** Opposites in the thesaurus, or in the list of opposites through a form of the same root ("opposition" / "support"). */
        private boolean lookedUpOpposites(String x, String y) {
            if (thesaurus.opposite(x, y)) {
                return true;
            }
            for (String fx : thesaurus.relatedForms(x)) {
                for (String fy : thesaurus.relatedForms(y)) {
                    if (CriticalEdits.areOpposites(fx, fy)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean related(String x, String y) {
            if (CriticalEdits.areOpposites(x, y) || lookedUpOpposites(x, y)) {
                return false;
            }
            for (String bx : thesaurus.baseForms(x)) {
                if (thesaurus.baseForms(y).contains(bx)) {
                    return true;
                }
            }
            return thesaurus.synonymous(x, y);
        }
    }

    private static final Map<String, Long> NUMBER_WORDS = numberWords();

    private static Map<String, Long> numberWords() {
        Map<String, Long> values = new HashMap<>();
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < units.length; i++) {
            values.put(units[i], (long) i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            values.put(tens[i], 20L + 10L * i);
        }
        values.put("hundred", 100L);
        values.put("thousand", 1_000L);
        values.put("million", 1_000_000L);
        values.put("billion", 1_000_000_000L);
        return Map.copyOf(values);
    }

    /** Digits or a number word: its value; null for other words. */
    static Long numberValue(String word) {
        if (!word.isEmpty() && word.length() <= 15 && word.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return Long.parseLong(word);
        }
        return NUMBER_WORDS.get(word);
    }

    /** The same number written otherwise ("20" / "twenty", "%" / "percent"): a translator's choice, not a change. */
    static boolean sameNumber(String x, String y) {
        if ((x.equals("%") && y.equals("percent")) || (x.equals("percent") && y.equals("%"))) {
            return true;
        }
        Long vx = numberValue(x);
        return vx != null && vx.equals(numberValue(y));
    }

    /** Words never looked up: grammar, negation, numbers, amounts and degrees, and words too short to be told apart. */
    static boolean closedClass(String word) {
        return word.length() < 3 || FunctionWords.isFunctionWord(word) || FunctionWords.isQuantifier(word) || FunctionWords.isModal(word)
                || CriticalEdits.NEGATIONS.contains(word) || CriticalEdits.isNumber(word) || CriticalEdits.DEGREE_WORDS.contains(word)
                || !isLatin(word);
    }

    /** A phrase may hold function words ("go through") beside at least one content word, and no negation, number or amount. */
    private static boolean lookable(String phrase) {
        boolean content = false;
        for (String w : phrase.split(" ")) {
            if (FunctionWords.isFunctionWord(w)) {
                continue;
            }
            if (closedClass(w)) {
                return false;
            }
            content = true;
        }
        return content;
    }

    private static boolean isLatin(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }
}
