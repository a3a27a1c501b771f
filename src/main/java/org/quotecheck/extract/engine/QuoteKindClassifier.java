package org.quotecheck.extract.engine;

import java.util.Set;

/**
 * Decides what a quoted span is. A clause or a sentence in quote marks is speech: {@code direct} when it
 * opens its sentence or is introduced by a colon, comma or speech verb, else {@code fragment}; it stays
 * speech when no speaker was found. A few words with no speaker, a title in title case, a word named as a
 * word ("the term …") or a quote that modifies a noun ("that "a-ha!" moment") are {@code scare}.
 */
final class QuoteKindClassifier {

    private QuoteKindClassifier() {
    }

    /** Fewer words than this, with no speaker found and no sentence form, are taken for a term or a title. */
    static final int MIN_STATEMENT_WORDS = 4;

    /** This many words or more are speech whatever their form. */
    static final int MIN_CLAUSE_WORDS = 6;

    static final Set<String> METALINGUISTIC = Set.of("term", "terms", "word", "words", "phrase", "label", "name", "slogan", "so-called",
            "hashtag", "headline", "title", "motto", "nickname");

    /** Words after a short quote that show it names a thing rather than reports speech: the "a-ha!" moment. */
    static final Set<String> CLAUSE_WORDS = Set.of("and", "or", "but", "to", "in", "on", "of", "at", "for", "with", "as", "that", "which",
            "who", "is", "was", "were", "are", "be", "been", "has", "have", "had", "said", "says", "he", "she", "they", "it", "from",
            "by", "than", "before", "after", "while", "because", "since", "about", "into", "over", "when", "if", "so", "not", "would",
            "will", "can", "could", "should", "may", "might", "must", "do", "does", "did", "until", "against", "among",
            "even", "only", "also", "then", "there", "this", "these", "those", "his", "her", "their", "its", "our", "we", "i", "you",
            "a", "an", "the", "during", "despite", "without", "within", "across", "through", "told", "added", "according");

    static ExtractedQuote.Kind kind(Article a, QuoteSite s, Attribution attribution) {
        if (namesAThing(a, s) || namedAsWord(a, s) || hypothetical(a, s)) {
            return ExtractedQuote.Kind.SCARE;
        }
        if (attribution == null) {
            int n = quotedWords(a, s.span());
            if (titleCase(a, s.span()) || n < MIN_STATEMENT_WORDS) {
                return ExtractedQuote.Kind.SCARE;
            }
            if (n < MIN_CLAUSE_WORDS && !sentenceForm(a.text, s.span())) {
                return ExtractedQuote.Kind.SCARE;
            }
        }
        return isDirect(a, s) ? ExtractedQuote.Kind.DIRECT : ExtractedQuote.Kind.FRAGMENT;
    }

    static boolean isDirect(Article a, QuoteSite s) {
        char first = a.text.charAt(s.span().start());
        if (!(Character.isUpperCase(first) || Character.isDigit(first))) {
            return false;
        }
        if (s.opensSentence(a)) {
            return true;
        }
        int last = s.lastBefore();
        String lead = s.lead(a);
        return lead != null && (lead.endsWith(":") || lead.endsWith(",") || a.isSpeechVerb(last));
    }

    /** A capital first and a full stop, question or exclamation mark, or a comma, last: a sentence in quote marks. */
    private static boolean sentenceForm(String text, QuoteSpan span) {
        char first = text.charAt(span.start());
        char last = text.charAt(span.end() - 1);
        return Character.isUpperCase(first) && (last == '.' || last == '?' || last == '!' || last == ',');
    }

    /** "Less Money on Testing": every longer word capitalised, as in a title, a sign or a slogan. */
    private static boolean titleCase(Article a, QuoteSpan span) {
        int from = a.firstWordAtOrAfter(span.start());
        int words = 0;
        for (int k = from; k < a.size() && a.word(k).end() <= span.end(); k++) {
            Word w = a.word(k);
            if (w.text().length() > 3 && !w.capitalized()) {
                return false;
            }
            words++;
        }
        return words >= 2;
    }

    private static int quotedWords(Article a, QuoteSpan span) {
        int from = a.firstWordAtOrAfter(span.start());
        int to = a.firstWordAtOrAfter(span.end());
        return to - from;
    }

    /** A flicker crossed his face as if to say "You think you got me?": speech that nobody uttered. */
    private static boolean hypothetical(Article a, QuoteSite s) {
        int last = s.lastBefore();
        return last >= 1 && !a.word(last).quoted() && Lexicon.SPEECH_VERBS.contains(a.word(last).lower())
                && a.word(last - 1).lower().equals("to") && s.lead(a) != null && s.lead(a).length() <= 1;
    }

    /** Volker said he never used the term "three amigos": words named as words are not said. */
    private static boolean namedAsWord(Article a, QuoteSite s) {
        int last = s.lastBefore();
        return last >= 0 && !a.word(last).quoted() && METALINGUISTIC.contains(a.word(last).lower())
                && s.lead(a) != null && s.lead(a).isEmpty();
    }

    /** A short quote right before a noun modifies it ("that "a-ha!" moment", a "direction discrimination" task). */
    private static boolean namesAThing(Article a, QuoteSite s) {
        QuoteSpan span = s.span();
        int firstAfter = s.firstAfter();
        if (span.close() < 0 || firstAfter >= a.size()) {
            return false;
        }
        char last = a.text.charAt(span.end() - 1);
        if (last == ',' || last == '.' || last == ';' || last == ':') {
            return false;
        }
        int quoteWords = 0;
        for (int k = firstAfter - 1; k >= 0 && a.word(k).quoted() && a.word(k).start() >= span.start(); k--) {
            quoteWords++;
        }
        Word next = a.word(firstAfter);
        return quoteWords <= 3 && !next.capitalized() && !next.quoted()
                && a.text.substring(span.close() + 1, next.start()).equals(" ") && !CLAUSE_WORDS.contains(next.lower())
                && !Lexicon.SPEECH_VERBS.contains(next.lower()) && !next.lower().endsWith("ly");
    }
}
