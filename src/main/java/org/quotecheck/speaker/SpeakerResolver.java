package org.quotecheck.speaker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.quotecheck.text.TextNormalizer;

/**
 * Finds the stored speakers a name or alias refers to, case-, accent- and punctuation-insensitively.
 * "President Putin" and "Mr. Putin" find "Putin": leading titles are dropped when the full
 * mention matches nothing.
 */
@ApplicationScoped
public class SpeakerResolver {

    /** Honorifics and office titles that precede names in news English. */
    static final Set<String> TITLE_WORDS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord",
            "lady", "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "general", "chairman",
            "chairwoman", "chair", "sen", "senator", "rep", "representative", "gov", "governor", "mayor", "king", "queen",
            "prince", "princess", "pope", "sheikh", "emir", "crown", "foreign", "defense", "defence", "former", "the", "us",
            "u", "s", "russian", "chinese", "turkish", "pakistani", "un", "state", "deputy", "spokesman", "spokeswoman",
            "spokesperson", "ceo", "director", "judge", "justice", "speaker", "leader", "ambassador", "commissioner", "gen",
            "col", "capt", "lt", "sgt", "rev", "father", "sister", "brother", "st");

    private final EntityManager em;
    private final TextNormalizer normalizer = TextNormalizer.instance();

    SpeakerResolver(EntityManager em) {
        this.em = em;
    }

    /** Every speaker the mention names; empty when none, several when the alias is shared. */
    public List<Speaker> resolve(String mention) {
        String key = normalizer.key(mention);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Speaker> found = byAliasKey(key);
        if (!found.isEmpty()) {
            return found;
        }
        String stripped = stripTitles(key);
        return stripped.isEmpty() || stripped.equals(key) ? List.of() : byAliasKey(stripped);
    }

    private List<Speaker> byAliasKey(String key) {
        return em.createQuery("select s from Speaker s where s.id in (select a.speaker.id from SpeakerAlias a where a.aliasKey = :key) order by s.id", Speaker.class)
                .setParameter("key", key)
                .getResultList();
    }

    static String stripTitles(String key) {
        String[] words = key.split(" ");
        int i = 0;
        while (i < words.length - 1 && TITLE_WORDS.contains(words[i])) {
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }
}
