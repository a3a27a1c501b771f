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
        String display; // the name as written ("Brian M. Good")
        final Set<String> descriptors = new HashSet<>();
        char gender; // 'm', 'f' or 0 when unknown
        boolean speaks;   // seen as the subject or object of a speech verb
        boolean titled;   // introduced with a title ("President", "meteorologist")
        boolean placeLike = true; // every mention so far followed a preposition ("in Kenya", "to San Diego")

        boolean strongPerson() {
            return speaks || titled || gender != 0;
        }

        boolean weakPerson() {
            return tokens.size() >= 2 && !placeLike;
        }

        Entity(List<String> tokens, String display) {
            this.tokens = tokens;
            this.display = display;
        }

        String name() {
            return display;
        }

        String lastToken() {
            return tokens.get(tokens.size() - 1).toLowerCase(Locale.ROOT);
        }
    }

    /** The attribution found for one quote. */
    private record Attribution(Mention mention, double confidence) {
    }

    public Extraction extract(String original) {
        // no-break and other special spaces behave as spaces; same length, so offsets stay those of the original
        String text = plainSpaces(original);
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
            boolean sameParagraph = previous != null && span.paragraph() == previousParagraph
                    && !unquotedSentenceBetween(words, sentenceStarts, previousEndWord, lastBefore);
            // a quote standing alone in a paragraph continues the last speaker when nobody else came up in between
            boolean nextParagraph = previous != null && startsParagraph(text, span) && span.paragraph() > previousParagraph
                    && span.paragraph() - previousParagraph <= 2 && onlyMentions(mentions, previousEndWord, lastBefore, previous.mention().entity);
            if (a == null && opensSentence && (sameParagraph || nextParagraph)) {
                a = new Attribution(previous.mention(), Math.min(previous.confidence(), 0.7));
            }
            if (a != null && namesAThing(text, span, words, firstAfter)) {
                a = null;
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
            quotes.add(new ExtractedQuote(span.text(original), span.start(), span.end(), kind, speaker, mentionText,
                    Math.round(confidence * 100) / 100.0));
        }
        List<Extraction.SpeakerMentions> speakers = new ArrayList<>();
        speakerMentions.forEach((entity, list) -> speakers.add(new Extraction.SpeakerMentions(entity.name(), List.copyOf(list))));
        return new Extraction(quotes, speakers);
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
                boolean abbreviation = Lexicon.ABBREVIATIONS.contains(prev.lower()) || prev.lower().indexOf('.') > 0;
                if ((c == '.' || c == '!' || c == '?') && !(c == '.' && g == 0 && abbreviation)) {
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
        if (tokens.size() == 1 && tokens.get(0).indexOf('-') > 0) {
            return null; // "Sino-Russian", "Amazon-owned"
        }
        if (tokens.stream().allMatch(t -> Lexicon.NOT_NAMES.contains(t.toLowerCase(Locale.ROOT))
                || Lexicon.DEMONYMS.contains(t.toLowerCase(Locale.ROOT)) || Lexicon.FUNCTION_WORDS.contains(t.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        Mention m = new Mention(from, last, "name", text.substring(words.get(from).start(), words.get(last).end())
                .replaceAll("['’]s$", ""), possessive);
        String display = text.substring(words.get(nameFrom).start(), words.get(last).end()).replaceAll("['’]s$", "");
        m.entity = new Entity(tokens, display); // provisional; resolve() merges entities
        for (int j = from; j < nameFrom; j++) {
            m.entity.descriptors.add(stripPossessive(words.get(j).lower()));
        }
        return m;
    }

    // ---- entities -------------------------------------------------------------------------------------

    /** Gives every mention its entity: names merge by full name or surname, pronouns and descriptions point back. */
    static void resolve(List<Mention> mentions, List<Word> words, String text) {
        List<Entity> entities = new ArrayList<>();
        Map<String, List<Entity>> byToken = new java.util.HashMap<>(); // first and last name tokens → entities, for linear time
        Map<Entity, Integer> lastSeen = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            switch (m.kind) {
                case "name" -> {
                    Entity provisional = m.entity;
                    Entity e = find(byToken, lastSeen, provisional.tokens);
                    if (e == null) {
                        e = provisional;
                        entities.add(e);
                        index(byToken, e);
                    } else {
                        if (provisional.tokens.size() > e.tokens.size()
                                && provisional.tokens.get(provisional.tokens.size() - 1).equalsIgnoreCase(e.tokens.get(e.tokens.size() - 1))) {
                            e.tokens = provisional.tokens; // a fuller name for the same person
                            e.display = provisional.display;
                            index(byToken, e);
                        }
                        e.descriptors.addAll(provisional.descriptors);
                    }
                    for (String d : precedingDescriptors(words, m.firstWord, text)) {
                        e.descriptors.add(d);
                    }
                    e.descriptors.addAll(appositive(words, m.lastWord, text));
                    for (String d : e.descriptors) {
                        e.titled |= Lexicon.TITLES.contains(d) || Lexicon.DESCRIPTOR_NOUNS.contains(d);
                    }
                    int after = m.lastWord + 1;
                    while (after < words.size() && after < m.lastWord + 4 && isAuxiliary(words.get(after).lower())) {
                        after++;
                    }
                    e.speaks |= (after < words.size() && isSpeechVerb(words, after))
                            || (m.firstWord > 0 && isSpeechVerb(words, m.firstWord - 1));
                    e.placeLike &= m.firstWord > 0 && PREPOSITIONS.contains(words.get(m.firstWord - 1).lower());
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
                    Entity best = mostRecent(mentions, i, gender, true);
                    if (best == null) {
                        best = mostRecent(mentions, i, gender, false);
                    }
                    if (best != null) {
                        m.entity = best;
                        if (best.gender == 0) {
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

    /** The latest named entity before mention i that can be "he" or "she": with strong evidence of being a person, or any plausible one. */
    private static Entity mostRecent(List<Mention> mentions, int i, char gender, boolean strong) {
        for (int j = i - 1; j >= 0 && j >= i - MAX_PRONOUN_LOOKBACK; j--) {
            Mention earlier = mentions.get(j);
            Entity e = earlier.entity;
            if (e == null || earlier.possessive || !earlier.kind.equals("name") || (e.gender != 0 && e.gender != gender)) {
                continue;
            }
            if (strong ? e.strongPerson() : e.weakPerson()) {
                return e;
            }
        }
        return null;
    }

    /** How many mentions back a pronoun may reach; beyond that nobody reads it as the same person. */
    static final int MAX_PRONOUN_LOOKBACK = 200;

    static final Set<String> PREPOSITIONS = Set.of("in", "at", "to", "from", "for", "of", "near", "into", "across", "on", "with", "by",
            "toward", "towards", "through", "outside", "inside", "around", "throughout", "over", "via");

    /** Words after a short quote that show it names a thing rather than reports speech: the "a-ha!" moment. */
    static final Set<String> CLAUSE_WORDS = Set.of("and", "or", "but", "to", "in", "on", "of", "at", "for", "with", "as", "that", "which",
            "who", "is", "was", "were", "are", "be", "been", "has", "have", "had", "said", "says", "he", "she", "they", "it", "from",
            "by", "than", "before", "after", "while", "because", "since", "about", "into", "over", "when", "if", "so", "not", "would",
            "will", "can", "could", "should", "may", "might", "must", "do", "does", "did", "until", "against", "among",
            "even", "only", "also", "then", "there", "this", "these", "those", "his", "her", "their", "its", "our", "we", "i", "you",
            "a", "an", "the", "during", "despite", "without", "within", "across", "through", "told", "added", "according");

    private static void index(Map<String, List<Entity>> byToken, Entity e) {
        for (String token : List.of(e.tokens.get(0).toLowerCase(Locale.ROOT), e.lastToken())) {
            List<Entity> list = byToken.computeIfAbsent(token, k -> new ArrayList<>());
            if (!list.contains(e)) {
                list.add(e);
            }
        }
    }

    private static Entity find(Map<String, List<Entity>> byToken, Map<Entity, Integer> lastSeen, List<String> tokens) {
        String full = String.join(" ", tokens).toLowerCase(Locale.ROOT);
        String last = tokens.get(tokens.size() - 1).toLowerCase(Locale.ROOT);
        List<Entity> entities = byToken.getOrDefault(last, List.of());
        Entity best = null;
        int bestSeen = -1;
        for (Entity e : entities) {
            String name = String.join(" ", e.tokens).toLowerCase(Locale.ROOT);
            boolean same = name.equals(full) || (tokens.size() >= 2 && name.endsWith(" " + full)) || (tokens.size() >= 2 && full.endsWith(" " + name))
                    || (tokens.size() == 1 && e.lastToken().equals(last))
                    || (tokens.size() == 1 && e.tokens.size() >= 2 && e.tokens.get(0).equalsIgnoreCase(last) && !hasLastTokenMatch(entities, last))
                    || (tokens.size() >= 2 && e.tokens.size() == 1 && e.lastToken().equals(last));
            if (same && lastSeen.getOrDefault(e, -1) > bestSeen) {
                best = e;
                bestSeen = lastSeen.getOrDefault(e, -1);
            }
        }
        return best;
    }

    private static boolean hasLastTokenMatch(List<Entity> entities, String token) {
        for (Entity e : entities) {
            if (e.lastToken().equals(token)) {
                return true;
            }
        }
        return false;
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

    /**
     * "…," said X / "…," X said / "…?" Wallace asked / "…" X told reporters: a speech verb right after
     * the quote, with nothing but the speaker (and auxiliaries) between them.
     */
    private static Attribution after(List<Word> words, List<Mention> mentions, BitSet sentenceStarts, int from, String text, QuoteSpan span) {
        if (from >= words.size() || words.get(from).quoted()) {
            return null;
        }
        if (span.close() < 0 || text.substring(span.close() + 1, words.get(from).start()).indexOf('\n') >= 0) {
            return null;
        }
        char last = text.charAt(span.end() - 1);
        if (last == '.' && sentenceStarts.get(from)) {
            return null; // the quote ended its sentence; what follows is another one
        }
        Mention subject = mentionAt(mentions, from);
        int k = subject == null ? from : subject.lastWord + 1;
        if (subject == null) {
            while (k < words.size() && k < from + 3 && isAuxiliary(words.get(k).lower())) {
                k++;
            }
        } else {
            // "Patrol Chief James Hall with the New York Police Department said": the speaker's affiliation may come first
            while (k < words.size() && k < subject.lastWord + 9 && !isSpeechVerb(words, k) && !words.get(k).quoted()
                    && !sentenceStarts.get(k) && text.substring(words.get(k - 1).end(), words.get(k).start()).isBlank()) {
                k++;
            }
        }
        if (k >= words.size() || !isSpeechVerb(words, k)) {
            return null;
        }
        if (subject != null) {
            return new Attribution(preferNamed(subject, mentions, words), 0.95);
        }
        Mention object = mentionAt(mentions, k + 1);
        return object == null ? null : new Attribution(preferNamed(object, mentions, words), 0.95);
    }

    /** The mention that starts at word k, if any. */
    private static Mention mentionAt(List<Mention> mentions, int k) {
        int i = firstMentionFrom(mentions, k);
        if (i < mentions.size()) {
            Mention m = mentions.get(i);
            if (m.firstWord == k && !m.possessive) {
                return m;
            }
        }
        return null;
    }

    /** Index of the first mention starting at or after word k (mentions are in text order): keeps every look-up logarithmic. */
    static int firstMentionFrom(List<Mention> mentions, int k) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).firstWord < k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** "CNN meteorologist Chad Myers": an organisation named before a person's title and name stands for the person. */
    private static Mention preferNamed(Mention m, List<Mention> mentions, List<Word> words) {
        for (int i = firstMentionFrom(mentions, m.lastWord + 1); i < mentions.size(); i++) {
            Mention next = mentions.get(i);
            if (next.kind.equals("name")) {
                int gap = next.firstWord - m.lastWord - 1;
                boolean titles = gap <= 2;
                for (int j = m.lastWord + 1; j < next.firstWord && titles; j++) {
                    String w = words.get(j).lower();
                    titles = Lexicon.TITLES.contains(w) || Lexicon.DESCRIPTOR_NOUNS.contains(w);
                }
                return titles && gap > 0 ? next : m;
            }
        }
        return m;
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
        if (words.get(k).lower().equals("words")) {
            for (int i = firstMentionFrom(mentions, Math.max(0, k - 6)); i < mentions.size() && mentions.get(i).firstWord < k; i++) {
                Mention m = mentions.get(i);
                if (m.possessive && m.lastWord >= k - 2 && m.lastWord < k && m.entity != null) {
                    return new Attribution(m, 0.9); // In Dr. Shadlen's words, "…"
                }
            }
        }
        for (int j = Math.max(sentenceFirst, lastBefore - 6); j < lastBefore; j++) {
            if (words.get(j).lower().equals("according") && words.get(j + 1).lower().equals("to")) {
                Mention m = mentionAt(mentions, j + 2);
                if (m != null) {
                    return new Attribution(m, 0.9);
                }
            }
        }
        return null;
    }

    /** Xi called Putin his "old friend": the subject of a speech verb earlier in the same sentence. */
    private static Attribution subject(List<Word> words, List<Mention> mentions, int sentenceFirst, int lastBefore) {
        for (int i = firstMentionFrom(mentions, sentenceFirst); i < mentions.size() && mentions.get(i).firstWord <= lastBefore; i++) {
            Mention m = mentions.get(i);
            if (m.lastWord > lastBefore || m.possessive) {
                continue;
            }
            int k = m.lastWord + 1;
            int skipped = 0;
            while (k <= lastBefore && skipped < 3 && isAuxiliary(words.get(k).lower())) {
                k++;
                skipped++;
            }
            if (k <= lastBefore && isSpeechVerb(words, k)) {
                return new Attribution(preferNamed(m, mentions, words), 0.75);
            }
        }
        // "Judge Arthur Engoron … telling his lawyer to "…"": a speech verb later in the sentence, its subject first
        boolean speech = false;
        for (int k = sentenceFirst; k <= lastBefore; k++) {
            speech |= isSpeechVerb(words, k) && words.get(k).lower().endsWith("ing");
        }
        if (speech) {
            for (int i = firstMentionFrom(mentions, sentenceFirst); i < mentions.size() && mentions.get(i).firstWord <= lastBefore; i++) {
                Mention m = mentions.get(i);
                if (m.lastWord <= lastBefore && !m.possessive && m.entity != null) {
                    return new Attribution(m, 0.6);
                }
            }
        }
        return null;
    }

    private static boolean isAuxiliary(String lower) {
        return Lexicon.AUXILIARIES.contains(lower) || (lower.endsWith("ly") && lower.length() > 4);
    }

    private static Mention subjectBefore(List<Word> words, List<Mention> mentions, int sentenceFirst, int verb) {
        Mention nearest = null;
        for (int i = firstMentionFrom(mentions, Math.max(sentenceFirst, verb - 12)); i < mentions.size() && mentions.get(i).firstWord < verb; i++) {
            Mention m = mentions.get(i);
            if (m.lastWord < verb && !m.possessive) {
                int gap = verb - m.lastWord - 1;
                boolean onlyAuxiliaries = true;
                for (int j = m.lastWord + 1; j < verb; j++) {
                    onlyAuxiliaries &= isAuxiliary(words.get(j).lower());
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

    /** A short quote right before a noun modifies it ("that "a-ha!" moment", a "direction discrimination" task). */
    private static boolean namesAThing(String text, QuoteSpan span, List<Word> words, int firstAfter) {
        if (span.close() < 0 || firstAfter >= words.size()) {
            return false;
        }
        char last = text.charAt(span.end() - 1);
        if (last == ',' || last == '.' || last == ';' || last == ':') {
            return false;
        }
        int quoteWords = 0;
        for (int k = firstAfter - 1; k >= 0 && words.get(k).quoted() && words.get(k).start() >= span.start(); k--) {
            quoteWords++;
        }
        Word next = words.get(firstAfter);
        return quoteWords <= 3 && !next.capitalized() && !next.quoted()
                && text.substring(span.close() + 1, next.start()).equals(" ") && !CLAUSE_WORDS.contains(next.lower())
                && !Lexicon.SPEECH_VERBS.contains(next.lower()) && !next.lower().endsWith("ly");
    }

    /** Whether every person named between two words is {@code entity} (or nobody is). */
    private static boolean onlyMentions(List<Mention> mentions, int from, int to, Entity entity) {
        for (int i = firstMentionFrom(mentions, Math.max(0, from)); i < mentions.size() && mentions.get(i).firstWord <= to; i++) {
            Mention m = mentions.get(i);
            if (m.lastWord <= to && m.kind.equals("name") && m.entity != null && m.entity != entity
                    && (m.entity.strongPerson() || m.entity.weakPerson())) {
                return false;
            }
        }
        return true;
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
