package org.quotecheck.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** The service refuses to start in production with no way for anyone to get in. */
@ApplicationScoped
public class AccessGuard {

    private static final Logger LOG = Logger.getLogger(AccessGuard.class);

    void check(@Observes StartupEvent event, ApiKeyService keys) {
        keys.checkBootstrapKey();
        if (keys.hasBootstrapKey() || LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        if (!keys.hasActiveAdminKey()) {
            throw new IllegalStateException("No way in: set QUOTECHECK_ADMIN_KEY (at least 32 characters, e.g. `openssl rand -base64 32`)"
                    + " to the first admin key; with it, issue keys through POST /v1/keys.");
        }
        LOG.info("No QUOTECHECK_ADMIN_KEY set; admin keys in the database are the way in");
    }
}
