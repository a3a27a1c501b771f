package org.quotecheck.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A publication a quote appeared in: an article, transcript, video, post… */
@Entity
@org.hibernate.envers.Audited
@Table(name = "source")
public class Source extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_seq")
    @SequenceGenerator(name = "source_seq", sequenceName = "source_seq", allocationSize = 50)
    public Long id;

    public String url;

    @Column(name = "url_key")
    public String urlKey;

    @Column(name = "archive_url")
    public String archiveUrl;

    public String outlet;

    public String title;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public SourceKind kind = SourceKind.ARTICLE;

    public String language;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> agencies = new ArrayList<>();

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Version
    public long version;
}
