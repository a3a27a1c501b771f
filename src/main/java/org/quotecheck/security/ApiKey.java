package org.quotecheck.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored API key: only its SHA-256 is kept, never the key itself. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
    public Long id;

    public String name;

    @Convert(converter = RoleConverter.class)
    public Role role;

    @Column(name = "key_hash")
    public byte[] keyHash;

    @Column(name = "key_prefix")
    public String keyPrefix;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @jakarta.persistence.Converter
    public static class RoleConverter extends org.quotecheck.common.LowercaseEnumConverter<Role> {
        public RoleConverter() {
            super(Role.class);
        }
    }
}
