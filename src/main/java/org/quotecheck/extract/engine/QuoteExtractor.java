package org.quotecheck.extract.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the quotes in a news text and who said each, with rules of news English and no model. The
 * pipeline: quoted spans ({@link QuoteSpanFinder}) → words ({@link Tokenizer}) → sentences
 * ({@link SentenceSplitter}) → mentions of speakers ({@link MentionFinder}) → entities within the text
 * ({@link EntityResolver}) → for each quote, the first attribution rule that applies, most specific first
 * → its kind ({@link QuoteKindClassifier}). Every step is one pass over the text: linear time.
 */
public final class QuoteExtractor {

    /** The attribution rules, most specific first. */
    static final List<AttributionRule> RULES = List.of(
            new SpeakerVerbThenQuote(),
            new QuoteThenSpeakerVerb(),
            new AccordingTo(),
            new ColonIntroduction(),
            new ReportedFragment(),
            new ParagraphContinuation(),
            new PrecedingSentenceSubject());

    private final QuoteSpanFinder spanFinder = new QuoteSpanFinder();

    public Extraction extract(String original) {
        Article article = analyse(original);
        List<ExtractedQuote> quotes = new ArrayList<>();
        Map<Object, List<String>> speakerMentions = new LinkedHashMap<>();
        Map<Object, String> speakerNames = new LinkedHashMap<>();
        Attribution previous = null;
        int previousParagraph = -1;
        int previousEndWord = -1;
        for (QuoteSpan span : article.spans) {
            QuoteSite site = site(article, span, previous, previousParagraph, previousEndWord);
            Attribution attribution = attribute(article, site);
            ExtractedQuote.Kind kind = QuoteKindClassifier.kind(article, site, attribution);
            String speaker = null;
            String mention = null;
            double confidence = 0.6;
            if (kind != ExtractedQuote.Kind.SCARE) {
                confidence = attribution == null ? 0.5 : attribution.confidence() * (attribution.mention().is(Mention.Kind.NAME) ? 1.0 : 0.9);
                if (attribution != null) {
                    Mention m = attribution.mention();
                    mention = m.text;
                    speaker = m.entity == null ? null : m.entity.name();
                    Object key = m.entity != null ? m.entity : m.text.toLowerCase(java.util.Locale.ROOT);
                    if (m.entity != null) {
                        speakerNames.put(key, m.entity.name());
                        List<String> list = speakerMentions.computeIfAbsent(key, k -> new ArrayList<>());
                        if (!list.contains(mention)) {
                            list.add(mention);
                        }
                    }
                    previous = attribution;
                    previousParagraph = span.paragraph();
                    previousEndWord = site.firstAfter();
                }
            }
            quotes.add(new ExtractedQuote(span.text(original), span.start(), span.end(), kind, speaker, mention,
                    Math.round(confidence * 100) / 100.0));
        }
        List<Extraction.SpeakerMentions> speakers = new ArrayList<>();
        speakerMentions.forEach((key, list) -> speakers.add(new Extraction.SpeakerMentions(speakerNames.get(key), List.copyOf(list))));
        return new Extraction(quotes, speakers);
    }

    /** Where a quote stands among the words: the last word before it, the first after it, its sentence's first. */
    static QuoteSite site(Article article, QuoteSpan span, Attribution previous, int previousParagraph, int previousEndWord) {
        int firstAfter = article.firstWordAtOrAfter(span.close() < 0 ? span.end() : span.close() + 1);
        int lastBefore = article.firstWordAtOrAfter(span.open()) - 1;
        int sentenceFirst = article.sentenceStart(lastBefore + 1);
        return new QuoteSite(span, lastBefore, firstAfter, sentenceFirst, previous, previousParagraph, previousEndWord);
    }

    private static Attribution attribute(Article article, QuoteSite site) {
        for (AttributionRule rule : RULES) {
            Attribution a = rule.attribute(article, site);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /** The stages before attribution: spans, words, sentences, mentions and entities. */
    Article analyse(String original) {
        // no-break and other special spaces behave as spaces; same length, so offsets stay those of the original
        String text = plainSpaces(original);
        List<QuoteSpan> spans = spanFinder.find(text);
        BitSet quoted = new BitSet(text.length());
        for (QuoteSpan s : spans) {
            quoted.set(s.open(), s.close() < 0 ? s.end() : s.close() + 1);
        }
        List<Word> words = Tokenizer.words(text, quoted);
        BitSet sentenceStarts = SentenceSplitter.starts(text, words);
        List<Mention> mentions = MentionFinder.find(text, words);
        EntityResolver.resolve(mentions, words, sentenceStarts, text);
        return new Article(text, spans, words, sentenceStarts, mentions);
    }

    static String plainSpaces(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\n' && (Character.isSpaceChar(c) || c == '\t' || c == '\r' || c == '\u000B' || c == '\u000C')) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = c == '\r' ? '\n' : ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }
}
