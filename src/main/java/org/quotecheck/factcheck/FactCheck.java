package org.quotecheck.factcheck;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.quotecheck.quote.Quote;
import org.quotecheck.speaker.Speaker;

/** A reviewed claim: what circulated, who it was pinned on, the rating, the evidence, who reviewed it. */
@Entity
@Audited
@Table(name = "factcheck")
public class FactCheck extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "factcheck_seq")
    @SequenceGenerator(name = "factcheck_seq", sequenceName = "factcheck_seq", allocationSize = 50)
    public Long id;

    @Column(name = "claim_text")
    public String claimText;

    public String claimant;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    public Speaker speaker;

    @Column(name = "appearance_url")
    public String appearanceUrl;

    @Column(name = "appearance_date")
    public LocalDate appearanceDate;

    @Enumerated(EnumType.STRING)
    public Rating rating;

    @Column(name = "reviewer_name")
    public String reviewerName;

    @Column(name = "reviewer_url")
    public String reviewerUrl;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "review_date")
    public LocalDate reviewDate;

    public String explanation;

    @Column(name = "article_url")
    public String articleUrl;

    public String language = "en";

    public FactCheckStatus status = FactCheckStatus.DRAFT;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "factcheck_evidence", joinColumns = @JoinColumn(name = "factcheck_id"), inverseJoinColumns = @JoinColumn(name = "quote_id"))
    public Set<Quote> evidence = new LinkedHashSet<>();

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
