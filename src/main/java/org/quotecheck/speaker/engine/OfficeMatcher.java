package org.quotecheck.speaker.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a mention names an office ("the Estonian president", "head coach of the Green Bay Packers",
 * "the AirAsia boss", "the former US Defense Secretary") and whether a stored role is that office.
 *
 * <p>A role fits a mention when
 * <ul>
 * <li>their title words are the same, or the mention leaves out only words that do not lower the
 * rank ("the Packers coach" for a head coach, never "the president" for a vice president), or the
 * mention says only who leads ("boss", "leader", "chief", "head") and the role leads a body;</li>
 * <li>every word the mention gives of the body is one of the role's (none is fine: "the president");</li>
 * <li>the time is right, which the caller decides from {@link OfficePhrase#former()}.</li>
 * </ul>
 */
public final class OfficeMatcher {

    private static final OfficeMatcher INSTANCE = new OfficeMatcher();

    private final OfficeWords words = OfficeWords.instance();

    public static OfficeMatcher instance() {
        return INSTANCE;
    }

    /**
     * The office a mention names: null when it has no word of an office and no article before it
     * (a name such as "Vladimir Putin", not an office).
     */
    public OfficePhrase mention(String text) {
        List<String> tokens = words.tokens(text);
        boolean described = !tokens.isEmpty() && (tokens.get(0).equals("the") || tokens.get(0).equals("a") || tokens.get(0).equals("an"));
        if (!described && tokens.stream().noneMatch(words.titles::contains)) {
            return null;
        }
        OfficePhrase phrase = phrase(tokens, List.of(), true);
        return phrase.title().isEmpty() ? null : phrase;
    }

    /** A stored role as an office: its title and the organisation it is held in (either may name the body). */
    public OfficePhrase role(String title, String organization) {
        return phrase(words.tokens(title == null ? "" : title), words.tokens(organization == null ? "" : organization), false);
    }

    /** Whether the words are an office's and nothing else ("president", "chief executive"): no surname to look for. */
    public boolean isOnlyTitle(String text) {
        List<String> tokens = words.tokens(text);
        return !tokens.isEmpty() && tokens.stream().allMatch(t -> words.titles.contains(t) || words.skip.contains(t) || words.former.contains(t));
    }

    /**
     * The title is the head noun and the office words right before it; the head is the last word, or
     * when the last word is no office word, the last before "of", "for", "at" … ("head coach of the Green
     * Bay Packers"). The other words, and the body's, name the body.
     */
    private OfficePhrase phrase(List<String> titlePart, List<String> bodyPart, boolean mention) {
        boolean former = false;
        List<String> before = new ArrayList<>();
        Set<String> organization = new LinkedHashSet<>();
        // "the Pennsylvania Department of Transportation spokesman" ends with its title: its "of" is the body's
        boolean endsWithTitle = titlePart.stream().filter(t -> !words.skip.contains(t)).reduce((x, y) -> y)
                .map(words.titles::contains).orElse(false);
        boolean split = false;
        for (String token : titlePart) {
            if (mention && words.former.contains(token)) {
                former = true;
            } else if (!split && !endsWithTitle && words.splits.contains(token) && !before.isEmpty()) {
                split = true;
            } else if (words.skip.contains(token) || words.splits.contains(token)) {
                continue;
            } else if (split) {
                organization.add(token);
            } else {
                before.add(token);
            }
        }
        // the title is the head noun with the office words right before it: "the New York attorney general's office lawyer"
        Set<String> title = new LinkedHashSet<>();
        int head = before.size() - 1;
        while (head >= 0 && words.isCountry(before.get(head))) {
            head--;
        }
        int first = head;
        while (first > 0 && words.titles.contains(before.get(first - 1))) {
            first--;
        }
        for (int i = 0; i < before.size(); i++) {
            (i >= first && i <= head ? title : organization).add(before.get(i));
        }
        for (String token : bodyPart) {
            if (!words.skip.contains(token)) {
                organization.add(token);
            }
        }
        return new OfficePhrase(former, Set.copyOf(title), Set.copyOf(organization));
    }

    public boolean matches(OfficePhrase mention, OfficePhrase role) {
        return titleFits(mention.title(), role.title()) && role.organization().containsAll(mention.organization());
    }

    private boolean titleFits(Set<String> mention, Set<String> role) {
        if (mention.equals(role)) {
            return true;
        }
        if (role.containsAll(mention)) {
            Set<String> left = new HashSet<>(role);
            left.removeAll(mention);
            left.retainAll(words.ranks);
            return left.isEmpty() && !words.ranks.containsAll(mention);
        }
        if (words.leads.containsAll(mention)) {
            return role.stream().noneMatch(words.ranks::contains) && role.stream().anyMatch(words.ledBy::contains);
        }
        return false;
    }

    /** The words of a mention without its leading titles, countries and honorifics ("Russian President Putin" → "putin"). */
    public String withoutTitles(String key) {
        List<String> original = List.of(key.split(" "));
        int skipped = 0;
        for (OfficeWords.Token t : words.tokensWithWidth(key)) {
            String token = t.token();
            boolean title = words.titles.contains(token) || words.skip.contains(token) || words.former.contains(token)
                    || HONORIFICS.contains(token) || words.isCountry(token);
            if (!title || skipped + t.words() >= original.size()) {
                break;
            }
            skipped += t.words();
        }
        return String.join(" ", original.subList(skipped, original.size()));
    }

    /** Forms of address before a name. */
    static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady",
            "rev", "reverend", "father", "sister", "brother", "rabbi", "imam", "st", "gen", "col", "capt", "lt", "sgt", "maj",
            "adm", "rep", "sen", "gov", "pres", "hon", "honourable", "honorable", "his", "her", "excellency", "majesty", "highness");
}
