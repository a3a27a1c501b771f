package org.quotecheck.extract.engine;

/** According to X, "…" / "…" are all thought to contribute, according to X: "according to" in the quote's sentence. */
final class AccordingTo implements AttributionRule {

    @Override
    public Attribution attribute(Article a, QuoteSite s) {
        int end = s.firstAfter() < a.size() ? a.sentenceEnd(s.firstAfter()) : a.size();
        if (s.firstAfter() < a.size() && a.sentenceStarts.get(s.firstAfter())) {
            end = s.firstAfter();
        }
        for (int j = s.sentenceFirst(); j + 2 < end; j++) {
            if (a.word(j).lower().equals("according") && a.word(j + 1).lower().equals("to") && !a.word(j).quoted()) {
                Mention m = a.mentionAt(j + 2);
                for (int k = j + 3; m == null && k < end && k <= j + 7 && !a.word(k).quoted(); k++) {
                    if (a.word(k - 1).lower().equals("by")) {
                        m = a.mentionAt(k); // according to a 2018 survey by Penelope Muse Abernathy
                    }
                }
                if (m != null) {
                    return new Attribution(m, 0.9, getClass().getSimpleName());
                }
            }
        }
        return null;
    }
}
