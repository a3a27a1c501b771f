package org.quotecheck.extract.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the quotes in a news text and who said each, with rules of news English and no model:
 * <ol>
 * <li>quoted spans ({@link QuoteSpanFinder});</li>
 * <li>mentions of people outside quotes: capitalised name runs with their titles stripped
 * ("Russian President Vladimir Putin" → Vladimir Putin), "he"/"she", and descriptions
 * ("the Turkish leader"), gathered into one entity per person (a later "Putin" is Vladimir Putin);</li>
 * <li>attribution, most specific first: a speech verb right after the quote ("…," said X / X said),
 * a speech verb right before it (X said: "…", according to X), the subject of a speech verb in the
 * same sentence (Xi called Putin his "old friend"), and a quote that opens a sentence or paragraph
 * after another quote by the same speaker;</li>
 * <li>a quote nobody can be said to have said is a scare quote (a title, a term, a sign).</li>
 * </ol>
 * One pass over the text for each step: linear time, no regular expressions.
 */
public final class QuoteExtractor {

    private final QuoteSpanFinder spans = new QuoteSpanFinder();

    /** A word of the text. */
    record Word(int start, int end, String text, String lower, boolean capitalized, boolean quoted) {
    }

    /** A reference to a speaker: a name run, a pronoun or a description. */
    static final class Mention {
        final int firstWord;
        final int lastWord; // inclusive
        final String kind; // name, pronoun, descriptor
        final String text;
        final boolean possessive;
        Entity entity;

        Mention(int firstWord, int lastWord, String kind, String text, boolean possessive) {
            this.firstWord = firstWord;
            this.lastWord = lastWord;
            this.kind = kind;
            this.text = text;
            this.possessive = possessive;
        }
    }

    /** One person or body the text talks about. */
    static final class Entity {
        List<String> tokens;
        final Set<String> descriptors = new HashSet<>();
        char gender; // 'm', 'f' or 0 when unknown

        Entity(List<String> tokens) {
            this.tokens = tokens;
        }

        String name() {
            return String.join(" ", tokens);
        }

        String lastToken() {
            return tokens.get(tokens.size() - 1).toLowerCase(Locale.ROOT);
        }
    }

    /** The attribution found for one quote. */
    private record Attribution(Mention mention, double confidence) {
    }

    public Extraction extract(String text) {
        List<QuoteSpan> found = spans.find(text);
        BitSet quoted = new BitSet(text.length());
        for (QuoteSpan s : found) {
            quoted.set(s.open(), s.close() < 0 ? s.end() : s.close() + 1);
        }
        List<Word> words = words(text, quoted);
        BitSet sentenceStarts = sentenceStarts(text, words);
        List<Mention> mentions = mentions(text, words, sentenceStarts);
        resolve(mentions, words, text);

        List<ExtractedQuote> quotes = new ArrayList<>();
        Map<Entity, List<String>> speakerMentions = new LinkedHashMap<>();
        Attribution previous = null;
        int previousParagraph = -1;
        int previousEndWord = -1;
        for (QuoteSpan span : found) {
            int firstAfter = firstWordAtOrAfter(words, span.close() < 0 ? span.end() : span.close() + 1);
            int lastBefore = firstWordAtOrAfter(words, span.open()) - 1;
            int sentenceFirst = sentenceStartWord(words, sentenceStarts, lastBefore + 1);
            Attribution a = after(words, mentions, sentenceStarts, firstAfter, text, span);
            if (a == null) {
                a = before(words, mentions, sentenceFirst, lastBefore);
            }
            if (a == null) {
                a = subject(words, mentions, sentenceFirst, lastBefore);
            }
            boolean opensSentence = outsideWordsBetween(words, sentenceFirst, lastBefore) == 0;
            if (a == null && previous != null && opensSentence
                    && (span.paragraph() == previousParagraph || (span.paragraph() == previousParagraph + 1 && startsParagraph(text, span)))
                    && !unquotedSentenceBetween(words, sentenceStarts, previousEndWord, lastBefore)) {
                a = new Attribution(previous.mention(), Math.min(previous.confidence(), 0.7));
            }
            ExtractedQuote.Kind kind;
            String speaker = null;
            String mentionText = null;
            double confidence;
            if (a == null) {
                kind = ExtractedQuote.Kind.SCARE;
                confidence = 0.6;
            } else {
                mentionText = a.mention().text;
                if (a.mention().entity != null) {
                    speaker = a.mention().entity.name();
                    speakerMentions.computeIfAbsent(a.mention().entity, e -> new ArrayList<>());
                    if (!speakerMentions.get(a.mention().entity).contains(mentionText)) {
                        speakerMentions.get(a.mention().entity).add(mentionText);
                    }
                }
                kind = isDirect(text, span, words, sentenceFirst, lastBefore) ? ExtractedQuote.Kind.DIRECT : ExtractedQuote.Kind.FRAGMENT;
                confidence = a.confidence() * (a.mention().kind.equals("name") ? 1.0 : 0.9);
                previous = a;
                previousParagraph = span.paragraph();
                previousEndWord = firstAfter;
            }
            quotes.add(new ExtractedQuote(span.text(text), span.start(), span.end(), kind, speaker, mentionText,
                    Math.round(confidence * 100) / 100.0));
        }
        List<Extraction.SpeakerMentions> speakers = new ArrayList<>();
        speakerMentions.forEach((entity, list) -> speakers.add(new Extraction.SpeakerMentions(entity.name(), List.copyOf(list))));
        return new Extraction(quotes, speakers);
    }

    // ---- words and sentences -------------------------------------------------------------------

    static List<Word> words(String text, BitSet quoted) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d)) {
                    i++;
                } else if ((d == '\'' || d == '’' || d == '-') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i++;
                } else if (d == '.' && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && i - start <= 2) {
                    i++; // D.A., U.S., Ph.D.
                } else {
                    break;
                }
            }
            String w = text.substring(start, i);
            String lower = w.toLowerCase(Locale.ROOT).replace('’', '\'');
            words.add(new Word(start, i, w, lower, Character.isUpperCase(w.charAt(0)), quoted.get(start)));
        }
        return words;
    }

    /** Word indices that begin a sentence (outside quotes), as a bit set. */
    static BitSet sentenceStarts(String text, List<Word> words) {
        BitSet starts = new BitSet(words.size());
        if (!words.isEmpty()) {
            starts.set(0);
        }
        for (int k = 1; k < words.size(); k++) {
            Word prev = words.get(k - 1);
            Word w = words.get(k);
            String gap = text.substring(prev.end(), w.start());
            if (gap.indexOf('\n') >= 0) {
                starts.set(k);
                continue;
            }
            if (w.quoted() && prev.quoted()) {
                continue;
            }
            boolean terminal = false;
            for (int g = 0; g < gap.length(); g++) {
                char c = gap.charAt(g);
                if ((c == '.' || c == '!' || c == '?') && !(c == '.' && g == 0 && Lexicon.ABBREVIATIONS.contains(prev.lower()))) {
                    terminal = true;
                }
            }
            boolean opensLikeSentence = w.capitalized() || Character.isDigit(w.text().charAt(0));
            if (terminal && opensLikeSentence && gap.chars().anyMatch(Character::isWhitespace)) {
                starts.set(k);
            }
        }
        return starts;
    }

    private static int sentenceStartWord(List<Word> words, BitSet starts, int wordIndex) {
        int k = Math.min(wordIndex, words.size() - 1);
        if (k < 0) {
            return 0;
        }
        int s = starts.previousSetBit(k);
        return Math.max(s, 0);
    }

    // ---- mentions ---------------------------------------------------------------------------------

    static List<Mention> mentions(String text, List<Word> words, BitSet sentenceStarts) {
        List<Mention> mentions = new ArrayList<>();
        int k = 0;
        while (k < words.size()) {
            Word w = words.get(k);
            if (w.quoted()) {
                k++;
                continue;
            }
            if (Lexicon.PRONOUNS.contains(w.lower()) && !w.quoted()) {
                mentions.add(new Mention(k, k, "pronoun", w.text(), false));
                k++;
                continue;
            }
            if (w.lower().equals("the") && k + 1 < words.size()) {
                int end = -1;
                for (int j = k + 1; j <= Math.min(words.size() - 1, k + 4); j++) {
                    Word d = words.get(j);
                    if (d.quoted() || !onlySpaceBetween(text, words.get(j - 1), d)) {
                        break;
                    }
                    if (Lexicon.DESCRIPTOR_NOUNS.contains(singular(d.lower()))) {
                        end = j;
                    }
                }
                if (end > 0) {
                    boolean possessive = words.get(end).lower().endsWith("'s");
                    mentions.add(new Mention(k, end, "descriptor", text.substring(w.start(), words.get(end).end()), possessive));
                    k = end + 1;
                    continue;
                }
            }
            if (w.capitalized()) {
                int end = k;
                while (end + 1 < words.size()) {
                    Word next = words.get(end + 1);
                    Word cur = words.get(end);
                    if (next.quoted() || !joinable(text, cur, next)) {
                        break;
                    }
                    if (next.capitalized() || (isParticle(next.lower()) && end + 2 < words.size() && words.get(end + 2).capitalized())) {
                        end++;
                    } else {
                        break;
                    }
                }
                Mention m = nameMention(text, words, k, end);
                if (m != null) {
                    mentions.add(m);
                }
                k = end + 1;
                continue;
            }
            k++;
        }
        return mentions;
    }

    private static Mention nameMention(String text, List<Word> words, int first, int last) {
        int from = first;
        while (from <= last && Lexicon.FUNCTION_WORDS.contains(words.get(from).lower())) {
            from++;
        }
        int lastTitle = -1;
        for (int j = from; j <= last; j++) {
            String lower = stripPossessive(words.get(j).lower());
            if (Lexicon.TITLES.contains(lower) || Lexicon.DEMONYMS.contains(lower)) {
                lastTitle = j;
            }
        }
        int nameFrom = lastTitle >= 0 ? lastTitle + 1 : from;
        if (nameFrom > last) {
            return null;
        }
        List<String> tokens = new ArrayList<>();
        boolean possessive = false;
        for (int j = nameFrom; j <= last; j++) {
            String t = words.get(j).text();
            if (j == last && (t.endsWith("'s") || t.endsWith("’s"))) {
                t = t.substring(0, t.length() - 2);
                possessive = true;
            }
            tokens.add(t);
        }
        if (tokens.stream().allMatch(t -> Lexicon.NOT_NAMES.contains(t.toLowerCase(Locale.ROOT))
                || Lexicon.DEMONYMS.contains(t.toLowerCase(Locale.ROOT)) || Lexicon.FUNCTION_WORDS.contains(t.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        Mention m = new Mention(from, last, "name", text.substring(words.get(from).start(), words.get(last).end())
                .replaceAll("['’]s$", ""), possessive);
        m.entity = new Entity(tokens); // provisional; resolve() merges entities
        for (int j = from; j < nameFrom; j++) {
            m.entity.descriptors.add(stripPossessive(words.get(j).lower()));
        }
        return m;
    }

    // ---- entities -------------------------------------------------------------------------------------

    /** Gives every mention its entity: names merge by full name or surname, pronouns and descriptions point back. */
    static void resolve(List<Mention> mentions, List<Word> words, String text) {
        List<Entity> entities = new ArrayList<>();
        Map<Entity, Integer> lastSeen = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            switch (m.kind) {
                case "name" -> {
                    Entity provisional = m.entity;
                    Entity e = find(entities, lastSeen, provisional.tokens);
                    if (e == null) {
                        e = provisional;
                        entities.add(e);
                    } else {
                        if (provisional.tokens.size() > e.tokens.size()
                                && provisional.tokens.get(provisional.tokens.size() - 1).equalsIgnoreCase(e.tokens.get(e.tokens.size() - 1))) {
                            e.tokens = provisional.tokens; // a fuller name for the same person
                        }
                        e.descriptors.addAll(provisional.descriptors);
                    }
                    for (String d : precedingDescriptors(words, m.firstWord, text)) {
                        e.descriptors.add(d);
                    }
                    e.descriptors.addAll(appositive(words, m.lastWord, text));
                    String firstLower = words.get(m.firstWord).lower();
                    if (firstLower.equals("mr")) {
                        e.gender = 'm';
                    } else if (firstLower.equals("ms") || firstLower.equals("mrs")) {
                        e.gender = 'f';
                    }
                    m.entity = e;
                    lastSeen.put(e, m.firstWord);
                }
                case "pronoun" -> {
                    char gender = m.text.equalsIgnoreCase("she") ? 'f' : 'm';
                    Entity best = null;
                    int bestAt = -1;
                    for (int j = i - 1; j >= 0 && best == null; j--) {
                        Mention earlier = mentions.get(j);
                        if (earlier.entity != null && !earlier.possessive && (earlier.entity.gender == 0 || earlier.entity.gender == gender)
                                && earlier.kind.equals("name") && looksLikePerson(earlier.entity)) {
                            best = earlier.entity;
                            bestAt = j;
                        }
                    }
                    if (best != null) {
                        m.entity = best;
                        if (best.gender == 0 && bestAt >= 0) {
                            best.gender = gender;
                        }
                    }
                }
                default -> {
                    m.entity = byDescription(m, words, entities, lastSeen);
                    if (m.entity != null) {
                        lastSeen.put(m.entity, m.firstWord);
                    }
                }
            }
        }
    }

    private static boolean looksLikePerson(Entity e) {
        return e.tokens.size() >= 2 || !e.descriptors.isEmpty() || e.gender != 0;
    }

    private static Entity find(List<Entity> entities, Map<Entity, Integer> lastSeen, List<String> tokens) {
        String full = String.join(" ", tokens).toLowerCase(Locale.ROOT);
        String last = tokens.get(tokens.size() - 1).toLowerCase(Locale.ROOT);
        Entity best = null;
        int bestSeen = -1;
        for (Entity e : entities) {
            String name = e.name().toLowerCase(Locale.ROOT);
            boolean same = name.equals(full) || (tokens.size() >= 2 && name.endsWith(" " + full)) || (tokens.size() >= 2 && full.endsWith(" " + name))
                    || (tokens.size() == 1 && e.lastToken().equals(last))
                    || (tokens.size() >= 2 && e.tokens.size() == 1 && e.lastToken().equals(last));
            if (same && lastSeen.getOrDefault(e, -1) > bestSeen) {
                best = e;
                bestSeen = lastSeen.getOrDefault(e, -1);
            }
        }
        return best;
    }

    private static Entity byDescription(Mention m, List<Word> words, List<Entity> entities, Map<Entity, Integer> lastSeen) {
        Set<String> modifiers = new HashSet<>();
        String head = singular(stripPossessive(words.get(m.lastWord).lower()));
        for (int j = m.firstWord + 1; j < m.lastWord; j++) {
            String w = words.get(j).lower();
            if (!w.equals("former") && !w.equals("new") && !w.equals("then")) {
                modifiers.add(w);
            }
        }
        Entity best = null;
        int bestScore = 0;
        int bestSeen = -1;
        for (Entity e : entities) {
            int score = 0;
            for (String mod : modifiers) {
                if (e.descriptors.contains(mod)) {
                    score += 2;
                }
            }
            if (e.descriptors.contains(head) || (Lexicon.LEADER_TITLES.contains(head) && e.descriptors.stream().anyMatch(Lexicon.LEADER_TITLES::contains))) {
                score += 1;
            }
            if (!modifiers.isEmpty() && score < 2 && !modifiers.stream().allMatch(Lexicon.DESCRIPTOR_NOUNS::contains)) {
                continue; // "the Turkish leader" must be Turkish
            }
            int seen = lastSeen.getOrDefault(e, -1);
            if (seen < m.firstWord && (score > bestScore || (score == bestScore && score > 0 && seen > bestSeen))) {
                best = e;
                bestScore = score;
                bestSeen = seen;
            }
        }
        return bestScore > 0 ? best : null;
    }

    /** Lower-case words right before a name run ("CNN meteorologist", "press secretary"), up to punctuation. */
    private static List<String> precedingDescriptors(List<Word> words, int firstWord, String text) {
        List<String> out = new ArrayList<>();
        for (int j = firstWord - 1; j >= 0 && j >= firstWord - 3; j--) {
            Word w = words.get(j);
            if (w.quoted() || !onlySpaceBetween(text, w, words.get(j + 1)) || w.lower().equals("the") || w.lower().equals("a")) {
                break;
            }
            out.add(stripPossessive(w.lower()));
        }
        return out;
    }

    /** Words of an appositive after a name (", a spokesman for the Pennsylvania Department of Transportation"). */
    private static List<String> appositive(List<Word> words, int lastWord, String text) {
        List<String> out = new ArrayList<>();
        if (lastWord + 1 >= words.size()) {
            return out;
        }
        String gap = text.substring(words.get(lastWord).end(), words.get(lastWord + 1).start()).trim();
        if (!gap.equals(",")) {
            return out;
        }
        for (int j = lastWord + 1; j < words.size() && j <= lastWord + 9; j++) {
            Word w = words.get(j);
            if (w.quoted() || (j > lastWord + 1 && !text.substring(words.get(j - 1).end(), w.start()).isBlank())) {
                break;
            }
            out.add(w.lower());
        }
        return out;
    }

    // ---- attribution ----------------------------------------------------------------------------------

    /** "…," said X / "…," X said / "…" X told reporters: a speech verb in the words right after the quote. */
    private static Attribution after(List<Word> words, List<Mention> mentions, BitSet sentenceStarts, int from, String text, QuoteSpan span) {
        if (from >= words.size() || words.get(from).quoted()) {
            return null;
        }
        if (sentenceStarts.get(from) && !quoteEndsWithComma(text, span)) {
            return null; // the quote ended its sentence; what follows is another one
        }
        int verb = -1;
        for (int k = from; k < words.size() && k < from + 12; k++) {
            if (words.get(k).quoted() || (k > from && sentenceStarts.get(k))) {
                break;
            }
            if (isSpeechVerb(words, k)) {
                verb = k;
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        Mention first = null;
        for (Mention m : mentions) {
            if (m.firstWord >= from && m.lastWord < verb && !m.possessive) {
                first = m;
                break;
            }
        }
        if (first == null) {
            for (Mention m : mentions) {
                if (m.firstWord > verb && m.firstWord <= verb + 6 && !m.possessive) {
                    boolean sameSentence = sentenceStarts.nextSetBit(verb + 1) < 0 || sentenceStarts.nextSetBit(verb + 1) > m.firstWord;
                    if (sameSentence) {
                        first = m;
                    }
                    break;
                }
            }
        }
        return first == null ? null : new Attribution(first, 0.95);
    }

    /** X said: "…" / X said, "…" / according to X, "…": a speech verb right before the quote. */
    private static Attribution before(List<Word> words, List<Mention> mentions, int sentenceFirst, int lastBefore) {
        if (lastBefore < sentenceFirst || lastBefore < 0) {
            return null;
        }
        int k = lastBefore;
        if (k >= 0 && isSpeechVerb(words, k)) {
            Mention subject = subjectBefore(words, mentions, sentenceFirst, k);
            if (subject != null) {
                return new Attribution(subject, 0.9);
            }
        }
        for (int j = Math.max(sentenceFirst, lastBefore - 6); j < lastBefore; j++) {
            if (words.get(j).lower().equals("according") && words.get(j + 1).lower().equals("to")) {
                for (Mention m : mentions) {
                    if (m.firstWord == j + 2) {
                        return new Attribution(m, 0.9);
                    }
                }
            }
        }
        return null;
    }

    /** Xi called Putin his "old friend": the subject of a speech verb earlier in the same sentence. */
    private static Attribution subject(List<Word> words, List<Mention> mentions, int sentenceFirst, int lastBefore) {
        for (Mention m : mentions) {
            if (m.firstWord < sentenceFirst || m.lastWord > lastBefore || m.possessive) {
                continue;
            }
            int k = m.lastWord + 1;
            int skipped = 0;
            while (k <= lastBefore && skipped < 3 && Lexicon.AUXILIARIES.contains(words.get(k).lower())) {
                k++;
                skipped++;
            }
            if (k <= lastBefore && isSpeechVerb(words, k)) {
                return new Attribution(m, 0.75);
            }
        }
        return null;
    }

    private static Mention subjectBefore(List<Word> words, List<Mention> mentions, int sentenceFirst, int verb) {
        Mention nearest = null;
        for (Mention m : mentions) {
            if (m.firstWord >= sentenceFirst && m.lastWord < verb && !m.possessive) {
                int gap = verb - m.lastWord - 1;
                boolean onlyAuxiliaries = true;
                for (int j = m.lastWord + 1; j < verb; j++) {
                    onlyAuxiliaries &= Lexicon.AUXILIARIES.contains(words.get(j).lower());
                }
                if (gap <= 3 && onlyAuxiliaries) {
                    nearest = m;
                }
            }
        }
        return nearest;
    }

    /** A speech verb that reports speech: not an infinitive of a hypothetical ("as if to say"). */
    private static boolean isSpeechVerb(List<Word> words, int k) {
        Word w = words.get(k);
        if (w.quoted() || !Lexicon.SPEECH_VERBS.contains(w.lower())) {
            return false;
        }
        return k == 0 || !words.get(k - 1).lower().equals("to");
    }

    private static boolean isDirect(String text, QuoteSpan span, List<Word> words, int sentenceFirst, int lastBefore) {
        char first = text.charAt(span.start());
        if (!(Character.isUpperCase(first) || Character.isDigit(first))) {
            return false;
        }
        int outside = outsideWordsBetween(words, sentenceFirst, lastBefore);
        if (outside == 0) {
            return true;
        }
        String lead = text.substring(words.get(lastBefore).end(), span.open()).trim();
        return lead.endsWith(":") || lead.endsWith(",") || isSpeechVerb(words, lastBefore);
    }

    private static int outsideWordsBetween(List<Word> words, int from, int to) {
        int count = 0;
        for (int k = Math.max(0, from); k <= to && k < words.size(); k++) {
            if (!words.get(k).quoted()) {
                count++;
            }
        }
        return count;
    }

    /** Whether a sentence with no quote in it lies between two quotes (then the second does not inherit the first's speaker). */
    private static boolean unquotedSentenceBetween(List<Word> words, BitSet starts, int from, int to) {
        if (from < 0) {
            return true;
        }
        for (int s = starts.nextSetBit(Math.max(0, from)); s >= 0 && s <= to; s = starts.nextSetBit(s + 1)) {
            int end = starts.nextSetBit(s + 1);
            int last = end < 0 ? words.size() - 1 : end - 1;
            if (last > to) {
                break;
            }
            boolean anyQuoted = false;
            for (int k = s; k <= last; k++) {
                anyQuoted |= words.get(k).quoted();
            }
            if (!anyQuoted && last >= s && s > from) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsParagraph(String text, QuoteSpan span) {
        for (int i = span.open() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean quoteEndsWithComma(String text, QuoteSpan span) {
        return span.end() > span.start() && text.charAt(span.end() - 1) == ',';
    }

    private static int firstWordAtOrAfter(List<Word> words, int position) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean joinable(String text, Word a, Word b) {
        String gap = text.substring(a.end(), b.start());
        if (gap.equals(" ")) {
            return true;
        }
        // an initial or an abbreviated title: "Robert M. Danin", "Dr. Shadlen"
        return gap.equals(". ") && (a.text().length() == 1 || Lexicon.ABBREVIATIONS.contains(a.lower()));
    }

    private static boolean onlySpaceBetween(String text, Word a, Word b) {
        return text.substring(a.end(), b.start()).equals(" ");
    }

    private static boolean isParticle(String lower) {
        return switch (lower) {
            case "de", "da", "van", "von", "bin", "al", "le", "la", "del", "der", "di", "du", "ter", "ibn" -> true;
            default -> false;
        };
    }

    private static String stripPossessive(String lower) {
        return lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
    }

    private static String singular(String lower) {
        return lower.endsWith("s") && !lower.endsWith("ss") && Lexicon.DESCRIPTOR_NOUNS.contains(lower.substring(0, lower.length() - 1))
                ? lower.substring(0, lower.length() - 1) : lower;
    }
}
