package org.quotecheck.verify.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decides a verdict from the claim, who it is attributed to, when, and the candidate quotes.
 *
 * <p>The claimed speaker's own close match wins over a closer one by someone else, but only when it
 * is a real match (the same words or a part of them, or an alteration at least
 * {@value #PREFER_CLAIMED_ALTERED_DICE} similar): if someone else said these exact words and the
 * claimed speaker only said something loosely alike, the claim is misattributed.
 */
public final class VerdictEngine {

    static final double PREFER_CLAIMED_ALTERED_DICE = 0.8;
    static final int MAX_ALTERNATIVES = 5;

    private final QuoteMatcher matcher = new QuoteMatcher();
    private final TranslationVariants translations;

    /** With WordNet as the thesaurus for translations (read on the first translation met). */
    public VerdictEngine() {
        this(WordNetThesaurus.instance());
    }

    public VerdictEngine(Thesaurus thesaurus) {
        this.translations = new TranslationVariants(thesaurus);
    }

    /**
     * @param claimedSpeakers null when the claim names nobody; the ids the named speaker resolves to
     *                        otherwise (empty when nobody in the store has that name: then the words
     *                        are judged as if no speaker were claimed, and SPEAKER_UNKNOWN is found)
     * @param claimedDate     null when the claim gives no date
     */
    public Assessment assess(Claim claim, Set<Long> claimedSpeakers, LocalDate claimedDate, int toleranceDays, List<Candidate> candidates) {
        List<Assessment.Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            scored.add(new Assessment.Scored(c, match(claim, c)));
        }
        boolean speakerUnknown = claimedSpeakers != null && claimedSpeakers.isEmpty();
        boolean speakerClaimed = claimedSpeakers != null && !speakerUnknown;
        Comparator<Assessment.Scored> best = Comparator.comparingDouble((Assessment.Scored s) -> s.words().rank())
                .thenComparing(s -> speakerClaimed && claimedSpeakers.contains(s.candidate().speakerId()))
                .thenComparing(s -> -s.candidate().quoteId())
                .reversed();
        scored.sort(best);
        List<Assessment.Scored> matches = scored.stream().filter(s -> s.words().kind() != WordMatch.Kind.NONE).toList();
        if (matches.isEmpty()) {
            double closest = scored.isEmpty() ? 0 : scored.get(0).words().score();
            List<Finding> notFound = speakerUnknown ? List.of(Finding.NOT_FOUND, Finding.SPEAKER_UNKNOWN) : List.of(Finding.NOT_FOUND);
            return new Assessment(Verdict.NOT_FOUND, notFound, round(1 - closest * 0.5), null, null,
                    alternatives(scored, null));
        }
        Assessment.Scored overall = matches.get(0);
        Assessment.Scored chosen = overall;
        if (speakerClaimed) {
            Assessment.Scored own = matches.stream().filter(s -> claimedSpeakers.contains(s.candidate().speakerId())).findFirst().orElse(null);
            if (own != null && (own.words().kind() != WordMatch.Kind.ALTERED || overall.words().kind() == WordMatch.Kind.ALTERED
                    || own.words().score() >= PREFER_CLAIMED_ALTERED_DICE)) {
                chosen = own;
            }
        }
        EnumSet<Finding> findings = EnumSet.noneOf(Finding.class);
        if (speakerClaimed && !claimedSpeakers.contains(chosen.candidate().speakerId())) {
            findings.add(Finding.MISATTRIBUTED);
        }
        WordMatch words = chosen.words();
        if (words.kind() == WordMatch.Kind.ALTERED) {
            findings.add(Finding.ALTERED);
        }
        if (claimedDate != null && chosen.candidate().date() != null
                && Math.abs(ChronoUnit.DAYS.between(claimedDate, chosen.candidate().date())) > Math.max(0, toleranceDays)) {
            findings.add(Finding.WRONG_DATE);
        }
        if (words.kind() == WordMatch.Kind.FRAGMENT) {
            findings.add(Finding.FRAGMENT);
        }
        if (findings.isEmpty()) {
            findings.add(Finding.VERIFIED);
        }
        if (words.kind() == WordMatch.Kind.TRANSLATED) {
            findings.add(Finding.TRANSLATION_VARIANT);
        }
        if (speakerUnknown) {
            findings.add(Finding.SPEAKER_UNKNOWN);
        }
        Verdict verdict = Verdict.valueOf(findings.iterator().next().name()); // EnumSet iterates in precedence order
        return new Assessment(verdict, List.copyOf(findings), confidence(verdict, words), chosen.candidate(), words,
                alternatives(scored, chosen));
    }

    /**
     * The claim against one candidate word for word; for a translation whose words differ, also as
     * another translator's rendering ({@link TranslationVariants}): a faithful one outranks an
     * alteration, and a meaning change found through synonyms is flagged even where the words alone
     * were too different to call it an alteration. A quote spoken in the language it is stored in is
     * judged word for word only.
     */
    private WordMatch match(Claim claim, Candidate c) {
        TokenizedText text = TokenizedText.of(c.text());
        WordMatch words = matcher.match(claim, text);
        if (!c.isTranslation() || words.kind() == WordMatch.Kind.EXACT || words.kind() == WordMatch.Kind.FRAGMENT) {
            return words;
        }
        WordMatch rendered = translations.judge(claim, text);
        boolean betterKind = rendered.rank() > words.rank();
        boolean moreCritical = rendered.kind() == WordMatch.Kind.ALTERED && words.kind() == WordMatch.Kind.ALTERED && rendered.critical() && !words.critical();
        return betterKind || moreCritical ? rendered : words;
    }

    /** How sure the verdict is: exact evidence is near-certain, an alteration as sure as it is close. */
    private static double confidence(Verdict verdict, WordMatch words) {
        double c = switch (words.kind()) {
            case EXACT -> 0.99;
            case FRAGMENT -> 0.9 + 0.09 * words.coverage();
            case TRANSLATED -> 0.75 + 0.2 * words.score();
            case ALTERED -> 0.5 + 0.45 * words.score();
            case NONE -> 0.5;
        };
        return round(verdict == Verdict.ALTERED && words.critical() ? Math.min(0.99, c + 0.05) : c);
    }

    private static List<Assessment.Scored> alternatives(List<Assessment.Scored> scored, Assessment.Scored chosen) {
        List<Assessment.Scored> out = new ArrayList<>();
        for (Assessment.Scored s : scored) {
            if (s != chosen && s.words().score() > 0 && out.size() < MAX_ALTERNATIVES) {
                out.add(s);
            }
        }
        return out;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
