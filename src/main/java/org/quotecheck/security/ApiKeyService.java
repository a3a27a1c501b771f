package org.quotecheck.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.quotecheck.app.QuotecheckConfig;
import org.quotecheck.common.PageCursor;
import org.quotecheck.error.ApiException;

/**
 * Issues, looks up and revokes API keys. A key is "qc_" + 256 random bits in base64url; only its
 * SHA-256 is stored (a slow hash buys nothing for keys this random). Look-ups are cached briefly
 * per pod so that authentication costs no query on most requests.
 */
@ApplicationScoped
public class ApiKeyService {

    /** An authenticated key. {@code id} is "bootstrap" for the configured admin key. */
    public record Principal(String id, String name, Role role) {
    }

    /** A new key: the only moment the plaintext exists outside the caller's hands. */
    public record IssuedKey(ApiKey stored, String plaintext) {
    }

    private record Cached(Optional<Principal> principal, Instant expires) {
    }

    public static final String KEY_PREFIX = "qc_";
    private static final int MIN_ADMIN_KEY_LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final QuotecheckConfig config;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<Long, Instant> lastTouched = new ConcurrentHashMap<>();
    private final byte[] bootstrapHash;

    ApiKeyService(QuotecheckConfig config) {
        this.config = config;
        this.bootstrapHash = config.auth().adminKey().filter(k -> !k.isBlank()).map(ApiKeyService::hash).orElse(null);
    }

    /** Refuses to run with a bootstrap key that is easy to guess. */
    public void checkBootstrapKey() {
        config.auth().adminKey().filter(k -> !k.isBlank()).ifPresent(k -> {
            if (k.length() < MIN_ADMIN_KEY_LENGTH) {
                throw new IllegalStateException("QUOTECHECK_ADMIN_KEY must be at least " + MIN_ADMIN_KEY_LENGTH
                        + " characters; generate one with: openssl rand -base64 32");
            }
        });
    }

    public boolean hasBootstrapKey() {
        return bootstrapHash != null;
    }

    @Transactional
    public boolean hasActiveAdminKey() {
        return ApiKey.count("role = ?1 and revokedAt is null", Role.ADMIN) > 0;
    }

    public Optional<Principal> authenticate(String plaintext) {
        byte[] hash = hash(plaintext);
        if (bootstrapHash != null && MessageDigest.isEqual(hash, bootstrapHash)) {
            return Optional.of(new Principal("bootstrap", "bootstrap-admin", Role.ADMIN));
        }
        String cacheKey = HexFormat.of().formatHex(hash);
        Instant now = Instant.now();
        Cached cached = cache.get(cacheKey);
        if (cached == null || cached.expires().isBefore(now)) {
            Optional<Principal> found = QuarkusTransaction.requiringNew().call(() -> {
                ApiKey key = ApiKey.find("keyHash = ?1 and revokedAt is null", (Object) hash).firstResult();
                return Optional.ofNullable(key).map(k -> new Principal(String.valueOf(k.id), k.name, k.role));
            });
            cached = new Cached(found, now.plus(config.auth().cacheTtl()));
            if (cache.size() > 10_000) {
                cache.clear(); // bounded: a flood of random keys must not grow memory
            }
            cache.put(cacheKey, cached);
        }
        cached.principal().ifPresent(p -> touch(Long.parseLong(p.id()), now));
        return cached.principal();
    }

    /** Records last use at most once a minute per key, so reads do not become writes. */
    private void touch(long id, Instant now) {
        Instant previous = lastTouched.get(id);
        if (previous != null && previous.isAfter(now.minus(Duration.ofMinutes(1)))) {
            return;
        }
        lastTouched.put(id, now);
        QuarkusTransaction.requiringNew().run(() -> ApiKey.update("lastUsedAt = ?1 where id = ?2", now, id));
    }

    @Transactional
    public IssuedKey issue(String name, Role role, String createdBy) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String plaintext = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiKey key = new ApiKey();
        key.name = name.trim();
        key.role = role;
        key.keyHash = hash(plaintext);
        key.keyPrefix = plaintext.substring(0, 10);
        key.createdBy = createdBy;
        key.createdAt = Instant.now();
        key.persist();
        return new IssuedKey(key, plaintext);
    }

    @Transactional
    public List<ApiKey> list(PageCursor cursor, int limit) {
        return ApiKey.find("id < ?1 order by id desc", cursor == null ? Long.MAX_VALUE : cursor.id()).page(0, limit + 1).list();
    }

    @Transactional
    public ApiKey revoke(String id) {
        ApiKey key = find(id);
        if (key.revokedAt == null) {
            key.revokedAt = Instant.now();
        }
        cache.clear();
        return key;
    }

    @Transactional
    public ApiKey find(String id) {
        ApiKey key = null;
        try {
            key = ApiKey.findById(Long.parseLong(id.startsWith("key_") ? id.substring(4) : "x"));
        } catch (NumberFormatException e) {
            // reported below
        }
        if (key == null) {
            throw ApiException.notFound("API key", id);
        }
        return key;
    }

    static byte[] hash(String plaintext) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(plaintext.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
