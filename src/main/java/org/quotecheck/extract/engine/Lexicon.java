package org.quotecheck.extract.engine;

import java.util.Set;

/** Word lists of news English that the extractor's rules rely on (lower case). */
final class Lexicon {

    private Lexicon() {
    }

    private static Set<String> resource(String name) {
        Set<String> words = new java.util.HashSet<>();
        try (var in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + name);
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.addAll(java.util.Arrays.asList(line.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+")));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Verbs that report speech or writing, every form (speech-verbs.txt: WordNet verb.communication, filtered by hand). */
    static final Set<String> SPEECH_VERBS = resource("speech-verbs.txt");

    /** Nouns that denote a person by role, trade or kinship (role-nouns.txt: WordNet noun.person, filtered by hand). */
    static final Set<String> ROLE_NOUNS = resource("role-nouns.txt");

    /** Last words of a name that make it an organisation, which is "it", never "he" or "she". */
    static final Set<String> ORGANISATION_WORDS = set("school", "university", "college", "service", "council", "committee", "department",
            "ministry", "agency", "office", "inc", "corp", "co", "company", "media", "group", "party", "association", "union", "institute",
            "foundation", "bureau", "commission", "court", "police", "administration", "government", "board", "authority", "network",
            "news", "times", "post", "journal", "press", "bank", "fund", "center", "centre", "hospital", "church", "league", "club",
            "team", "army", "navy", "force", "forces", "house", "senate", "congress", "parliament", "assembly", "campaign", "project",
            "program", "programme", "desk", "capital", "partners", "holdings", "systems", "technologies", "labs", "airlines",
            "airline", "city", "state", "county", "district");

    /** Words that may stand between a subject and its speech verb ("Obama has admitted"). */
    static final Set<String> AUXILIARIES = set("has", "had", "have", "would", "will", "also", "later", "then", "once", "again",
            "has", "was", "is", "had", "previously", "recently", "repeatedly", "often", "simply", "publicly", "privately", "could",
            "did", "does", "further", "quickly", "just", "even", "still", "already", "never", "first", "initially", "is", "been");

    /** Pronouns that can stand for a speaker: "he" and "she" for people, "it" for an organisation ("it said in a statement"). */
    static final Set<String> PRONOUNS = set("he", "she", "it");

    /** Role nouns that tell a woman or a man, so "she" can find "one mother" and "he" "a local fisherman". */
    static final Set<String> FEMALE_NOUNS = set("woman", "women", "mother", "wife", "daughter", "sister", "girl", "grandmother", "aunt",
            "niece", "spokeswoman", "chairwoman", "businesswoman", "congresswoman", "actress", "queen", "princess", "widow", "mom",
            "girlfriend", "lady", "councilwoman");
    static final Set<String> MALE_NOUNS = set("man", "men", "father", "husband", "son", "brother", "boy", "grandfather", "uncle",
            "nephew", "spokesman", "chairman", "businessman", "congressman", "actor", "king", "prince", "widower", "dad", "boyfriend",
            "fisherman", "councilman");

    /** Titles and honorifics that precede names and are not part of them. */
    static final Set<String> TITLES = set("president", "prime", "minister", "chancellor", "secretary", "general", "secretary-general",
            "chief", "judge", "justice", "dr", "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "sen", "senator", "rep",
            "representative", "gov", "governor", "mayor", "ceo", "cfo", "coo", "director", "professor", "prof", "spokesman",
            "spokeswoman", "spokesperson", "officer", "commissioner", "ambassador", "king", "queen", "prince", "princess", "pope",
            "sheikh", "emir", "attorney", "captain", "capt", "coach", "meteorologist", "editor", "correspondent", "founder",
            "co-founder", "chairman", "chairwoman", "chair", "sergeant", "sgt", "lieutenant", "lt", "colonel", "col", "admiral",
            "detective", "inspector", "deputy", "vice", "former", "first", "gen", "rev", "father", "skipper", "whisperer",
            "premier", "leader", "speaker", "officials", "official", "economist", "analyst", "physicist", "scientist", "expert",
            "lawyer", "host", "anchor", "reporter", "author", "patrol", "commander", "superintendent", "head", "manager",
            "president-elect", "minister-president", "mp", "mep", "state", "foreign", "defense", "defence", "interior", "finance");

    /** Adjectives of countries and places that precede titles ("Russian President …"). */
    static final Set<String> DEMONYMS = set("russian", "chinese", "turkish", "american", "us", "u.s", "british", "uk", "french",
            "german", "indian", "pakistani", "iranian", "israeli", "palestinian", "ukrainian", "japanese", "italian", "spanish",
            "canadian", "brazilian", "mexican", "kazakh", "saudi", "egyptian", "australian", "polish", "hungarian", "belarusian",
            "korean", "north", "south", "european", "african", "afghan", "syrian", "iraqi", "lebanese", "kenyan", "nigerian",
            "un", "eu", "nato", "white", "house");

    /** Capitalised words that begin sentences without being names. */
    static final Set<String> FUNCTION_WORDS = set("the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "if", "when",
            "while", "after", "before", "as", "so", "still", "though", "however", "instead", "this", "that", "these", "those", "it",
            "he", "she", "they", "we", "i", "you", "our", "his", "her", "their", "its", "there", "here", "what", "why", "how",
            "who", "whom", "where", "with", "without", "from", "to", "of", "by", "since", "until", "during", "within", "meanwhile",
            "then", "now", "yet", "also", "even", "some", "many", "most", "all", "both", "each", "every", "no", "not", "one", "two",
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "according", "despite", "although", "because", "like",
            "unlike", "about", "over", "under", "among", "between", "alongside", "across", "through", "image", "read", "watch",
            "analysis", "related", "more", "last", "next", "this", "earlier", "later", "today", "yesterday", "tomorrow", "my",
            "your");

    /** Capitalised words that are never person names. */
    static final Set<String> NOT_NAMES = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "et", "pm", "am", "god");

    /** Nouns that refer back to a person or body ("the judge", "the Turkish leader", "the company"). */
    static final Set<String> DESCRIPTOR_NOUNS = set("leader", "president", "official", "judge", "company", "minister", "spokesman",
            "spokeswoman", "chief", "senator", "governor", "mayor", "lawyer", "attorney", "ceo", "chairman", "professor", "scientist",
            "researcher", "meteorologist", "expert", "analyst", "economist", "secretary", "chancellor", "king", "queen", "prince",
            "department", "agency", "ministry", "firm", "group", "organization", "government", "premier", "skipper", "fisherman",
            "founder", "executive", "director", "host", "coach", "officer", "commander", "billionaire", "businessman", "candidate",
            "activist", "whisperer", "retailer", "chain", "airline", "authority");

    /** Descriptor nouns that stand for any head of government or state. */
    static final Set<String> LEADER_TITLES = set("president", "prime", "minister", "chancellor", "premier", "king", "queen", "leader");

    /** Words after which a period does not end a sentence. */
    static final Set<String> ABBREVIATIONS = set("mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "sen", "rep", "gov",
            "lt", "col", "capt", "sgt", "no", "inc", "co", "corp", "vs", "etc", "u", "s", "a", "m", "p", "e", "i", "d", "jan", "feb",
            "aug", "sept", "oct", "nov", "dec", "ph", "d.a", "u.s", "mt", "ft");
}
