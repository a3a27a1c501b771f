package org.quotecheck.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;
import org.quotecheck.quote.CreateQuoteRequest;
import org.quotecheck.quote.QuoteService;
import org.quotecheck.speaker.SpeakerRequest;
import org.quotecheck.speaker.SpeakerService;

/**
 * Loads the demo data (the SCO summit story of 3 July 2024) into an empty store on start, through
 * the same services the API uses. An advisory lock keeps several pods from loading it twice.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final long LOCK_KEY = 0x71756f7465L; // "quote"

    private final QuotecheckConfig config;
    private final EntityManager em;
    private final SpeakerService speakers;
    private final QuoteService quotes;
    private final ObjectMapper mapper;

    DemoDataLoader(QuotecheckConfig config, EntityManager em, SpeakerService speakers, QuoteService quotes, ObjectMapper mapper) {
        this.config = config;
        this.em = em;
        this.speakers = speakers;
        this.quotes = quotes;
        this.mapper = mapper;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.seed().demoData()) {
            load();
        }
    }

    /** Loads the demo data if the store holds no quote yet; returns whether it did. */
    @Transactional
    public boolean load() {
        em.createNativeQuery("select pg_advisory_xact_lock(" + LOCK_KEY + ")").getSingleResult();
        long existing = ((Number) em.createNativeQuery("select count(*) from quote").getSingleResult()).longValue();
        if (existing > 0) {
            return false;
        }
        DemoData data = read(config.seed().resource());
        for (SpeakerRequest speaker : data.speakers()) {
            speakers.create(speaker);
        }
        for (CreateQuoteRequest quote : data.quotes()) {
            quotes.create(quote);
        }
        LOG.infof("Loaded demo data: %d speakers, %d quotes from %s", data.speakers().size(), data.quotes().size(), config.seed().resource());
        return true;
    }

    private DemoData read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo data resource not found: " + resource);
            }
            return mapper.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read demo data " + resource, e);
        }
    }
}
