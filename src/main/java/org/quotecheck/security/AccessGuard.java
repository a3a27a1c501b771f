package org.quotecheck.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.BooleanSupplier;

/** The service refuses to start in production with no way for anyone to get in. */
@ApplicationScoped
public class AccessGuard {

    static final String NO_WAY_IN = "No way in: set QUOTECHECK_ADMIN_KEY (at least 32 characters, e.g. `openssl rand -base64 32`)"
            + " to the first admin key; with it, issue keys through POST /v1/keys.";

    void check(@Observes StartupEvent event, ApiKeyService keys) {
        keys.checkBootstrapKey();
        requireWayIn(LaunchMode.current(), keys.hasBootstrapKey(), keys::hasActiveAdminKey);
    }

    /** Throws when production would start with neither a bootstrap key nor an admin key in the database. */
    static void requireWayIn(LaunchMode mode, boolean bootstrapKey, BooleanSupplier adminKeyStored) {
        if (mode == LaunchMode.NORMAL && !bootstrapKey && !adminKeyStored.getAsBoolean()) {
            throw new IllegalStateException(NO_WAY_IN);
        }
    }
}
