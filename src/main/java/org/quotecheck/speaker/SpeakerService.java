package org.quotecheck.speaker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quotecheck.common.TextRules;
import org.quotecheck.common.ETags;
import org.quotecheck.common.PageCursor;
import org.quotecheck.common.PublicId;
import org.quotecheck.common.WriteLocks;
import org.quotecheck.error.ApiException;
import org.quotecheck.error.FieldError;
import org.quotecheck.error.ProblemType;
import org.quotecheck.text.TextNormalizer;

@ApplicationScoped
public class SpeakerService {

    private final EntityManager em;
    private final SpeakerResolver resolver;
    private final TextNormalizer normalizer = TextNormalizer.instance();

    private final jakarta.enterprise.event.Event<SpeakersChanged> changed;

    SpeakerService(EntityManager em, SpeakerResolver resolver, jakarta.enterprise.event.Event<SpeakersChanged> changed) {
        this.em = em;
        this.resolver = resolver;
        this.changed = changed;
    }

    @Transactional
    public Speaker create(SpeakerRequest request) {
        WriteLocks.lock(em, "speaker:" + normalizer.key(request.name()));
        Speaker speaker = new Speaker();
        apply(speaker, request);
        // written now: the 201 answer is built in the caller's transaction and carries the row's timestamps
        speaker.persistAndFlush();
        changed.fire(new SpeakersChanged());
        return speaker;
    }

    @Transactional
    public Speaker update(String publicId, SpeakerRequest request, ETags.Precondition expectedVersion) {
        Speaker speaker = get(publicId);
        ETags.check(expectedVersion, speaker.version);
        apply(speaker, request);
        // alias and role rows are owned by their side; touching the speaker makes its version move for them too
        speaker.updatedAt = java.time.Instant.now();
        changed.fire(new SpeakersChanged());
        return speaker;
    }

    /** Stored speakers' ids by Wikidata id, for the ids given. */
    public Map<String, Long> byWikidataIds(java.util.Collection<String> qids) {
        Map<String, Long> found = new java.util.HashMap<>();
        List<String> all = List.copyOf(qids);
        for (int i = 0; i < all.size(); i += 1000) {
            em.createQuery("select s.wikidataId, s.id from Speaker s where s.wikidataId in :ids", Object[].class)
                    .setParameter("ids", all.subList(i, Math.min(all.size(), i + 1000)))
                    .getResultList().forEach(row -> found.put((String) row[0], (Long) row[1]));
        }
        return found;
    }

    /** Adds an office to a speaker unless it holds the same title in the same body from the same day; true when added. */
    @Transactional
    public boolean addRole(long speakerId, SpeakerRequest.RoleInput input) {
        Speaker speaker = em.find(Speaker.class, speakerId);
        boolean known = speaker.roles.stream().anyMatch(r -> normalizer.key(r.title).equals(normalizer.key(input.title()))
                && normalizer.key(Objects.toString(r.organization, "")).equals(normalizer.key(Objects.toString(input.organization(), "")))
                && Objects.equals(r.validFrom, input.from()));
        if (known) {
            return false;
        }
        SpeakerRole role = new SpeakerRole();
        role.speaker = speaker;
        role.title = input.title();
        role.organization = input.organization();
        role.validFrom = input.from();
        role.validTo = input.to();
        speaker.roles.add(role);
        speaker.updatedAt = java.time.Instant.now();
        changed.fire(new SpeakersChanged());
        return true;
    }

    /** Writes pending changes now, so a response shows the new version. */
    public void flush() {
        em.flush();
    }

    public Speaker get(String publicId) {
        Speaker speaker = Speaker.findById(PublicId.SPEAKER.parse(publicId));
        if (speaker == null) {
            throw ApiException.notFound("speaker", publicId);
        }
        return speaker;
    }

    /** Whom a mention names on a date (default today); 404 when nobody. */
    @Transactional
    public SpeakerResolution resolution(String mention, java.time.LocalDate date) {
        if (mention == null) {
            throw ApiException.invalidParameter("mention", "mention is required: a name, alias or role such as 'the Turkish president'");
        }
        java.time.LocalDate day = date == null ? java.time.LocalDate.now() : date;
        SpeakerResolver.Resolution resolution = resolver.identify(mention, day);
        List<Speaker> found = resolution.speakers();
        if (found.isEmpty()) {
            throw new ApiException(ProblemType.NOT_FOUND, "Nobody in the store is '" + mention + "' on " + day + ".",
                    List.of(new FieldError("mention", "names nobody in the store")), Map.of());
        }
        List<SpeakerResolution.Candidate> candidates = new ArrayList<>();
        for (Speaker s : found) {
            SpeakerRole held = s.roles.stream()
                    .filter(r -> (r.validFrom == null || !r.validFrom.isAfter(day)) && (r.validTo == null || !r.validTo.isBefore(day)))
                    .reduce((a, b) -> b).orElse(null);
            candidates.add(new SpeakerResolution.Candidate(PublicId.SPEAKER.format(s.id), s.name,
                    held == null ? null : new SpeakerResponse.RoleResponse(held.title, held.organization, held.validFrom, held.validTo)));
        }
        return candidates.size() == 1 ? new SpeakerResolution(mention, day, resolution.matchedBy(), candidates.get(0), null)
                : new SpeakerResolution(mention, day, resolution.matchedBy(), null, candidates);
    }

    /**
     * The speakers a {@code speaker=} filter names: an id, or a name, surname or office resolved at
     * {@code date}. Nobody is a 404 and several a 409 listing the candidates, both naming the parameter:
     * an empty page would say the person said nothing.
     */
    @Transactional
    public List<Long> filter(String parameter, String speaker, java.time.LocalDate date) {
        Long id = PublicId.SPEAKER.tryParse(speaker);
        if (id != null) {
            if (Speaker.findById(id) == null) {
                throw new ApiException(ProblemType.NOT_FOUND, "No speaker with id '" + speaker + "'.",
                        List.of(new FieldError(parameter, "no such speaker")), Map.of());
            }
            return List.of(id);
        }
        List<Speaker> found = resolver.resolveAt(speaker, date);
        if (found.isEmpty()) {
            throw new ApiException(ProblemType.NOT_FOUND, "Nobody called '" + speaker + "' is in the store.",
                    List.of(new FieldError(parameter, "names nobody in the store")), Map.of());
        }
        if (found.size() > 1) {
            throw ambiguous(parameter, speaker, found);
        }
        return List.of(found.get(0).id);
    }

    /** A speaker referenced from another resource's body: an unknown id is a 400 on that field. */
    public Speaker getReferenced(String field, String publicId) {
        Long id = PublicId.SPEAKER.tryParse(publicId);
        Speaker speaker = id == null ? null : Speaker.findById(id);
        if (speaker == null) {
            throw ApiException.invalidField(field, "no speaker with id '" + publicId + "'");
        }
        return speaker;
    }

    /**
     * The speaker a quote's {@code speaker} name refers to: the one stored under that name or
     * alias, a new one when nobody is, and a 409 listing the candidates when several are.
     */
    @Transactional
    public Speaker resolveOrCreate(String field, String mention) {
        WriteLocks.lock(em, "speaker:" + normalizer.key(mention));
        List<Speaker> candidates = resolver.resolve(mention);
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.size() > 1) {
            throw ambiguous(field, mention, candidates);
        }
        if (normalizer.key(mention).isEmpty()) {
            throw ApiException.invalidField(field, "must contain letters or digits");
        }
        return create(new SpeakerRequest(mention.trim(), List.of(), null, null, List.of(), null));
    }

    public static ApiException ambiguous(String field, String mention, List<Speaker> candidates) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Speaker s : candidates) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", PublicId.SPEAKER.format(s.id));
            c.put("name", s.name);
            if (s.description != null) {
                c.put("description", s.description);
            }
            list.add(c);
        }
        return new ApiException(ProblemType.AMBIGUOUS_SPEAKER,
                "'" + mention + "' matches " + candidates.size() + " speakers; send speakerId instead.",
                List.of(new FieldError(field, "matches several speakers")), Map.of("candidates", list));
    }

    /** Speakers whose name or an alias matches {@code q} (exact, prefix, then fuzzy), or all. */
    public SpeakerPage search(String q, PageCursor cursor, int limit) {
        List<Object[]> rows;
        if (q == null) {
            Query query = em.createNativeQuery("select s.id, null from speaker s where s.id < :cursorId"
                    + " order by s.id desc limit :limit")
                    .setParameter("cursorId", cursor == null ? Long.MAX_VALUE : cursor.id())
                    .setParameter("limit", limit + 1);
            rows = rows(query);
        } else {
            String key = normalizer.key(q);
            if (key.isEmpty()) {
                throw ApiException.invalidParameter("q", "q must contain letters or digits");
            }
            String score = "max(case when a.alias_key = :k then 3.0 when starts_with(a.alias_key, :k) then 2.0 else 0 end"
                    + " + word_similarity(:k, a.alias_key))";
            Query query = em.createNativeQuery("select id, score from (select a.speaker_id as id, round(cast(" + score + " as numeric), 6) as score"
                    + " from speaker_alias a where a.alias_key = :k or starts_with(a.alias_key, :k) or :k <% a.alias_key"
                    + " group by a.speaker_id) ranked"
                    + " where score < cast(:cursorScore as numeric) or (score = cast(:cursorScore as numeric) and id > :cursorId)"
                    + " order by score desc, id asc limit :limit")
                    .setParameter("k", key)
                    .setParameter("cursorScore", cursor == null || cursor.score() == null ? 1e9 : cursor.score())
                    .setParameter("cursorId", cursor == null ? 0L : cursor.id())
                    .setParameter("limit", limit + 1);
            rows = rows(query);
        }
        boolean hasMore = rows.size() > limit;
        List<Object[]> page = rows.subList(0, Math.min(limit, rows.size()));
        List<Long> ids = page.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, Speaker> byId = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (Speaker s : em.createQuery("select distinct s from Speaker s left join fetch s.aliases where s.id in :ids", Speaker.class)
                    .setParameter("ids", ids).getResultList()) {
                byId.put(s.id, s);
            }
        }
        List<SpeakerResponse> data = ids.stream().map(byId::get).filter(Objects::nonNull).map(SpeakerResponse::of).toList();
        String next = null;
        if (hasMore) {
            Object[] last = page.get(page.size() - 1);
            next = new PageCursor(last[1] == null ? null : ((Number) last[1]).doubleValue(), ((Number) last[0]).longValue()).encode();
        }
        return new SpeakerPage(data, next, hasMore);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private void apply(Speaker speaker, SpeakerRequest request) {
        String name = request.name().trim();
        String nameKey = normalizer.key(name);
        if (nameKey.isEmpty()) {
            throw ApiException.invalidField("name", "must contain letters or digits");
        }
        String qid = request.wikidataId();
        if (qid != null) {
            Speaker sameQid = Speaker.find("wikidataId", qid).firstResult();
            if (sameQid != null && !sameQid.id.equals(speaker.id)) {
                throw conflict("A speaker with Wikidata id " + qid + " already exists: " + PublicId.SPEAKER.format(sameQid.id) + ".", sameQid);
            }
        }
        List<Speaker> sameName = Speaker.list("nameKey", nameKey);
        for (Speaker other : sameName) {
            boolean differentPeople = qid != null && other.wikidataId != null && !qid.equals(other.wikidataId);
            if (!other.id.equals(speaker.id) && !differentPeople) {
                throw conflict("A speaker named '" + other.name + "' already exists: " + PublicId.SPEAKER.format(other.id)
                        + ". Give a different wikidataId if this is another person of the same name.", other);
            }
        }
        List<RoleInputCheck> checks = new ArrayList<>();
        if (request.roles() != null) {
            for (int i = 0; i < request.roles().size(); i++) {
                checks.add(new RoleInputCheck(i, request.roles().get(i)));
            }
        }
        for (RoleInputCheck c : checks) {
            if (c.role.from() != null && c.role.to() != null && c.role.from().isAfter(c.role.to())) {
                throw ApiException.invalidField("roles[" + c.index + "].to", "must not be before from");
            }
        }
        speaker.name = name;
        speaker.nameKey = nameKey;
        speaker.wikidataId = qid;
        speaker.description = TextRules.trimToNull(request.description());
        speaker.languages = request.languages() == null ? new ArrayList<>()
                : new ArrayList<>(request.languages().stream().map(String::trim).distinct().toList());
        replaceAliases(speaker, name, request.aliases() == null ? List.of() : request.aliases());
        speaker.roles.clear();
        for (RoleInputCheck c : checks) {
            SpeakerRole role = new SpeakerRole();
            role.speaker = speaker;
            role.title = c.role.title().trim();
            role.organization = TextRules.trimToNull(c.role.organization());
            role.validFrom = c.role.from();
            role.validTo = c.role.to();
            speaker.roles.add(role);
        }
    }

    private record RoleInputCheck(int index, SpeakerRequest.RoleInput role) {
    }

    /** Keeps aliases that stay (so their rows survive), drops the rest, adds new ones; the name is always an alias. */
    private void replaceAliases(Speaker speaker, String name, List<String> aliases) {
        Map<String, String> wanted = new LinkedHashMap<>();
        wanted.put(normalizer.key(name), name);
        for (int i = 0; i < aliases.size(); i++) {
            String alias = aliases.get(i).trim();
            String key = normalizer.key(alias);
            if (key.isEmpty()) {
                throw ApiException.invalidField("aliases[" + i + "]", "must contain letters or digits");
            }
            wanted.putIfAbsent(key, alias);
        }
        speaker.aliases.removeIf(a -> !wanted.containsKey(a.aliasKey));
        for (SpeakerAlias a : speaker.aliases) {
            a.alias = wanted.remove(a.aliasKey);
        }
        // flush removals first so a re-added key never collides with the unique constraint
        if (speaker.id != null) {
            em.flush();
        }
        wanted.forEach((key, alias) -> {
            SpeakerAlias a = new SpeakerAlias();
            a.speaker = speaker;
            a.alias = alias;
            a.aliasKey = key;
            speaker.aliases.add(a);
        });
    }

    private static ApiException conflict(String detail, Speaker existing) {
        return new ApiException(ProblemType.CONFLICT, detail, List.of(), Map.of("existingId", PublicId.SPEAKER.format(existing.id)));
    }
}
