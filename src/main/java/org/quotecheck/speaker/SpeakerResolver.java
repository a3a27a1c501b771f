package org.quotecheck.speaker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final java.time.Duration cacheTtl;
    private final Map<CacheKey, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    private record CacheKey(String mention, LocalDate date) {
    }

    private record Cached(List<ResolvedSpeaker> speakers, long expiresAt) {
    }

    SpeakerResolver(EntityManager em, org.quotecheck.app.QuotecheckConfig config) {
        this.em = em;
        this.cacheTtl = config.speakers().cacheTtl();
    }

    /**
     * {@link #resolveAt}, remembered per pod for a short while: verification resolves the same few
     * claimed speakers over and over, and the look-up cost more than finding the candidates. This
     * pod's own speaker changes drop the cache when they commit; other pods' reach it within the TTL
     * (QUOTECHECK_SPEAKERS_CACHE_TTL).
     */
    public List<ResolvedSpeaker> resolveCachedAt(String mention, LocalDate date) {
        CacheKey key = new CacheKey(normalizer.key(mention), date);
        long now = System.nanoTime();
        Cached cached = cache.get(key);
        if (cached != null && cached.expiresAt() - now > 0) {
            return cached.speakers();
        }
        long before = generation.get();
        List<ResolvedSpeaker> found = io.quarkus.narayana.jta.QuarkusTransaction.joiningExisting()
                .call(() -> resolveAt(mention, date).stream().map(ResolvedSpeaker::of).toList());
        if (cache.size() > 10_000) {
            cache.clear(); // bounded: a flood of made-up names must not grow memory
        }
        if (generation.get() == before) { // not if a change committed meanwhile: the answer may predate it
            cache.put(key, new Cached(found, now + cacheTtl.toNanos()));
        }
        return found;
    }

    void onSpeakersChanged(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS) SpeakersChanged event) {
        generation.incrementAndGet();
        cache.clear();
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

    /**
     * Like {@link #resolve}, and when no name matches, through the roles held on {@code date}:
     * "the Russian president" on 2024-07-03 is whoever was President of Russia that day.
     */
    public List<Speaker> resolveAt(String mention, LocalDate date) {
        List<Speaker> byName = resolve(mention);
        if (!byName.isEmpty()) {
            return byName;
        }
        return byRole(normalizer.key(mention), date == null ? LocalDate.now() : date);
    }

    private List<Speaker> byRole(String key, LocalDate date) {
        List<String> words = new ArrayList<>(List.of(key.split(" ")));
        words.removeIf(w -> w.equals("the") || w.equals("s"));
        String organization = null;
        int of = words.indexOf("of");
        if (of > 0) {
            organization = String.join(" ", words.subList(of + 1, words.size()));
            words = new ArrayList<>(words.subList(0, of));
        } else {
            for (int i = 0; i < words.size() && organization == null; i++) {
                String country = DEMONYMS.get(words.get(i));
                if (country != null) {
                    organization = country;
                    words.remove(i);
                }
            }
        }
        String title = String.join(" ", words);
        if (title.isEmpty()) {
            return List.of();
        }
        String org = organization == null ? null : DEMONYMS.getOrDefault(organization, organization);
        List<SpeakerRole> roles = em.createQuery("select r from SpeakerRole r join fetch r.speaker where (r.validFrom is null or r.validFrom <= :d)"
                        + " and (r.validTo is null or r.validTo >= :d)", SpeakerRole.class)
                .setParameter("d", date)
                .getResultList();
        Map<Long, Speaker> found = new LinkedHashMap<>();
        for (SpeakerRole role : roles) {
            if (!normalizer.key(role.title).equals(title)) {
                continue;
            }
            String roleOrg = role.organization == null ? "" : normalizer.key(role.organization);
            if (org == null || roleOrg.equals(org) || DEMONYMS.getOrDefault(roleOrg, roleOrg).equals(org)) {
                found.put(role.speaker.id, role.speaker);
            }
        }
        return List.copyOf(found.values());
    }

    /** Adjectives and short names of countries and bodies that titles come with ("the Turkish president", "UN chief"). */
    static final Map<String, String> DEMONYMS = Map.ofEntries(
            Map.entry("russian", "russia"), Map.entry("chinese", "china"), Map.entry("turkish", "turkey"), Map.entry("turkiye", "turkey"),
            Map.entry("american", "united states"), Map.entry("us", "united states"), Map.entry("usa", "united states"),
            Map.entry("british", "united kingdom"), Map.entry("uk", "united kingdom"), Map.entry("french", "france"),
            Map.entry("german", "germany"), Map.entry("indian", "india"), Map.entry("pakistani", "pakistan"), Map.entry("iranian", "iran"),
            Map.entry("israeli", "israel"), Map.entry("palestinian", "palestinian authority"), Map.entry("ukrainian", "ukraine"),
            Map.entry("japanese", "japan"), Map.entry("italian", "italy"), Map.entry("spanish", "spain"), Map.entry("canadian", "canada"),
            Map.entry("brazilian", "brazil"), Map.entry("mexican", "mexico"), Map.entry("kazakh", "kazakhstan"),
            Map.entry("saudi", "saudi arabia"), Map.entry("egyptian", "egypt"), Map.entry("australian", "australia"),
            Map.entry("polish", "poland"), Map.entry("hungarian", "hungary"), Map.entry("belarusian", "belarus"),
            Map.entry("un", "united nations"), Map.entry("eu", "european union"), Map.entry("nato", "nato"));

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
