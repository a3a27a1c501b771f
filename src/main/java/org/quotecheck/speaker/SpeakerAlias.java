package org.quotecheck.speaker;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A name a speaker is known by; {@code aliasKey} is its normalised form, unique per speaker. */
@Entity
@org.hibernate.envers.Audited
@Table(name = "speaker_alias")
public class SpeakerAlias extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "speaker_alias_seq")
    @SequenceGenerator(name = "speaker_alias_seq", sequenceName = "speaker_alias_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    public Speaker speaker;

    public String alias;

    @Column(name = "alias_key")
    public String aliasKey;
}
