package org.quotecheck.speaker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quotecheck.speaker.engine.OfficeMatcher;
import org.quotecheck.speaker.engine.OfficePhrase;
import org.quotecheck.speaker.engine.PersonName;
import org.quotecheck.text.TextNormalizer;

/**
 * The one place a person named in a request becomes stored speakers: verify's claimed speaker, the
 * {@code speaker=} search filters, {@code /v1/speakers/resolve}, extraction's linking and fact-check
 * claimants. In order, the first step that finds anyone decides:
 * <ol>
 * <li>the name or an alias, case-, accent- and punctuation-insensitively, then without titles and
 * honorifics before it ("President Erdogan", "Mr. Putin");</li>
 * <li>the surname, or a family name written first, alone or after a title ("Putin", "Mr Fernandes",
 * "President Xi" for Xi Jinping);</li>
 * <li>an office held at the date ("the Estonian president", "the AirAsia boss", "the former US Defense
 * Secretary": one that ended before it).</li>
 * </ol>
 * Several speakers found by a step come back together: callers list them as candidates, never guess.
 */
@ApplicationScoped
public class SpeakerResolver {

    private final EntityManager em;
    private final TextNormalizer normalizer = TextNormalizer.instance();
    private final OfficeMatcher offices = OfficeMatcher.instance();
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

    /** A mention resolved: the speakers found (several when the mention fits several) and how. */
    public record Resolution(List<Speaker> speakers, MatchedBy matchedBy) {

        static final Resolution NOBODY = new Resolution(List.of(), null);
    }

    /**
     * Every speaker stored under this name or alias, also without the titles before it; empty when
     * none, several when the alias is shared. For storing quotes: a surname alone never decides who
     * said a quote that is written to the store.
     */
    public List<Speaker> resolve(String mention) {
        String key = normalizer.key(mention);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Speaker> found = SpeakerQueries.byAliasKey(em, key);
        if (!found.isEmpty()) {
            return found;
        }
        String stripped = offices.withoutTitles(key);
        if (!stripped.isEmpty() && !stripped.equals(key)) {
            found = SpeakerQueries.byAliasKey(em, stripped);
        }
        String[] words = stripped.split(" ");
        if (found.isEmpty() && words.length >= 3) {
            // a full name after words of a title the lexicon does not know: "Patrol Chief James Hall"
            found = SpeakerQueries.byAliasKey(em, words[words.length - 2] + " " + words[words.length - 1]);
        }
        return found;
    }

    /** {@link #identify}'s speakers. */
    public List<Speaker> resolveAt(String mention, LocalDate date) {
        return identify(mention, date).speakers();
    }

    /** Whom a mention names on {@code date} (today when null): by name, then surname, then office held. */
    public Resolution identify(String mention, LocalDate date) {
        List<Speaker> byName = resolve(mention);
        if (!byName.isEmpty()) {
            return new Resolution(byName, MatchedBy.NAME);
        }
        String key = normalizer.key(mention);
        if (key.isEmpty()) {
            return Resolution.NOBODY;
        }
        List<Speaker> bySurname = key.startsWith("the ") ? List.of() : bySurname(offices.withoutTitles(key));
        if (!bySurname.isEmpty()) {
            return new Resolution(bySurname, MatchedBy.SURNAME);
        }
        List<Speaker> byOffice = byOffice(mention, date == null ? LocalDate.now() : date);
        return byOffice.isEmpty() ? Resolution.NOBODY : new Resolution(byOffice, MatchedBy.OFFICE);
    }

    /** Speakers whose name or personal alias ends with these words; failing that, starts with this one word. */
    private List<Speaker> bySurname(String key) {
        if (key.isEmpty() || offices.isOnlyTitle(key)) {
            return List.of(); // "president" alone is an office, not a surname
        }
        Map<Long, Speaker> found = new LinkedHashMap<>();
        for (SpeakerAlias alias : SpeakerQueries.aliasesEndingWith(em, PersonName.lastWord(key))) {
            if (PersonName.isSurnameOf(key, alias.aliasKey)) {
                found.putIfAbsent(alias.speaker.id, alias.speaker);
            }
        }
        if (found.isEmpty() && key.indexOf(' ') < 0) {
            for (SpeakerAlias alias : SpeakerQueries.aliasesStartingWith(em, key)) {
                if (PersonName.isFamilyNameFirstOf(key, alias.aliasKey)) {
                    found.putIfAbsent(alias.speaker.id, alias.speaker);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** Speakers holding the office the mention names on {@code date} (or, for "former", who held it before). */
    private List<Speaker> byOffice(String mention, LocalDate date) {
        OfficePhrase office = offices.mention(mention);
        if (office == null) {
            return List.of();
        }
        java.util.Set<Long> found = new java.util.LinkedHashSet<>();
        for (SpeakerQueries.RoleRow role : SpeakerQueries.roles(em, date, office.former())) {
            if (!found.contains(role.speakerId()) && offices.matches(office, rolePhrase(role.title(), role.organization()))) {
                found.add(role.speakerId());
            }
        }
        return SpeakerQueries.byIds(em, found);
    }

    /** A role's words as an office, read once per pod: the same few thousand titles are matched over and over. */
    private OfficePhrase rolePhrase(String title, String organization) {
        if (rolePhrases.size() > 100_000) {
            rolePhrases.clear();
        }
        return rolePhrases.computeIfAbsent(title + "\u0000" + (organization == null ? "" : organization), k -> offices.role(title, organization));
    }

    private final Map<String, OfficePhrase> rolePhrases = new java.util.concurrent.ConcurrentHashMap<>();
}
