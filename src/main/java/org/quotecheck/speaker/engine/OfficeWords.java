package org.quotecheck.speaker.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quotecheck.text.TextNormalizer;

/**
 * The words offices are written with (resource {@code speaker/titles.tsv}) and the names of countries
 * with their demonyms (resource {@code speaker/countries.tsv}), read once. A phrase of several words
 * that means one thing ("chief executive officer", "United States") becomes one token.
 */
final class OfficeWords {

    static final String COUNTRY = "country:";
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['’]s\\b");

    private static final OfficeWords INSTANCE = new OfficeWords();

    private final TextNormalizer normalizer = TextNormalizer.instance();
    /** Normalised phrase (words joined by spaces) → the token it stands for. */
    private final Map<String, String> phrases = new HashMap<>();
    private int longestPhrase = 1;
    final Set<String> titles = new HashSet<>();
    final Set<String> ranks = new HashSet<>();
    final Set<String> leads = new HashSet<>();
    final Set<String> ledBy = new HashSet<>();
    final Set<String> former = new HashSet<>();
    final Set<String> skip = new HashSet<>();
    final Set<String> splits = new HashSet<>();

    static OfficeWords instance() {
        return INSTANCE;
    }

    private OfficeWords() {
        for (List<String> row : rows("speaker/titles.tsv")) {
            List<String> values = row.subList(1, row.size());
            switch (row.get(0)) {
                case "synonym" -> values.subList(1, values.size()).forEach(form -> phrase(form, values.get(0)));
                case "title" -> titles.addAll(values);
                case "rank" -> ranks.addAll(values);
                case "leads" -> leads.addAll(values);
                case "ledby" -> ledBy.addAll(values);
                case "former" -> former.addAll(values);
                case "skip" -> skip.addAll(values);
                case "split" -> splits.addAll(values);
                default -> throw new IllegalStateException("speaker/titles.tsv: unknown row kind " + row.get(0));
            }
        }
        for (List<String> row : rows("speaker/countries.tsv")) {
            String country = COUNTRY + normalizer.key(row.get(0));
            row.forEach(form -> phrase(form, country));
        }
    }

    private void phrase(String form, String token) {
        String key = normalizer.key(form);
        if (!key.isEmpty()) {
            phrases.putIfAbsent(key, token);
            longestPhrase = Math.max(longestPhrase, key.split(" ").length);
        }
    }

    boolean isCountry(String token) {
        return token.startsWith(COUNTRY);
    }

    /** A token and how many of the text's words it stands for. */
    record Token(String token, int words) {
    }

    /** The tokens of a normalised text: known phrases (longest first) as one token each. */
    List<String> tokens(String text) {
        return tokensWithWidth(text).stream().map(Token::token).toList();
    }

    List<Token> tokensWithWidth(String text) {
        String key = normalizer.key(POSSESSIVE.matcher(text).replaceAll(""));
        List<Token> out = new ArrayList<>();
        if (key.isEmpty()) {
            return out;
        }
        List<String> words = List.of(key.split(" "));
        int i = 0;
        while (i < words.size()) {
            int taken = 1;
            String token = words.get(i);
            for (int n = Math.min(longestPhrase, words.size() - i); n >= 1; n--) {
                String known = phrases.get(String.join(" ", words.subList(i, i + n)));
                if (known != null) {
                    token = known;
                    taken = n;
                    break;
                }
            }
            out.add(new Token(token, taken));
            i += taken;
        }
        return out;
    }

    private static List<List<String>> rows(String resource) {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = OfficeWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(List.of(line.split("\t")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
