package org.quotecheck.speaker;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

@Entity
@org.hibernate.envers.Audited
@Table(name = "speaker")
public class Speaker extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "speaker_seq")
    @SequenceGenerator(name = "speaker_seq", sequenceName = "speaker_seq", allocationSize = 50)
    public Long id;

    public String name;

    @Column(name = "name_key")
    public String nameKey;

    public String description;

    @Column(name = "wikidata_id")
    public String wikidataId;

    /** Languages the speaker speaks in public, the usual one first (BCP 47 tags). */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
    public List<String> languages = new ArrayList<>();

    @OneToMany(mappedBy = "speaker", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<SpeakerAlias> aliases = new ArrayList<>();

    @OneToMany(mappedBy = "speaker", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validFrom NULLS FIRST, id")
    public List<SpeakerRole> roles = new ArrayList<>();

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
