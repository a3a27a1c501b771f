package org.quotecheck.quote;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.quotecheck.speaker.Speaker;

/**
 * Words a speaker said, exactly as published. {@code normalizedText} is the matching form kept in
 * step by {@link QuoteService}; the database derives its hash and full-text vector from it.
 */
@Entity
@org.hibernate.envers.Audited
@Table(name = "quote")
public class Quote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_seq")
    @SequenceGenerator(name = "quote_seq", sequenceName = "quote_seq", allocationSize = 50)
    public Long id;

    public String text;

    @Column(name = "normalized_text")
    public String normalizedText;

    public String language;

    /** The language the words were spoken in; differs from {@link #language} for a translation. */
    @Column(name = "spoken_language")
    public String spokenLanguage;

    /** The utterance this quote renders with other wordings (the original, other outlets' translations); null alone. */
    @Column(name = "utterance_id")
    public Long utteranceId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    public Speaker speaker;

    @Column(name = "said_on")
    public LocalDate saidOn;

    public String context;

    public QuoteStatus status = QuoteStatus.UNREVIEWED;

    @Column(name = "retraction_reason")
    public String retractionReason;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
