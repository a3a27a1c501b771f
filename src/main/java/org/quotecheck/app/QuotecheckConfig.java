package org.quotecheck.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Every setting of quotecheck's own (the README's configuration table lists the env vars). */
@ConfigMapping(prefix = "quotecheck")
public interface QuotecheckConfig {

    Seed seed();

    Embedded embedded();

    interface Seed {
        /**
         * Load the demo data (db/seed) on start when the store has no quotes. On by default with
         * the embedded database, off against an external one. Env: QUOTECHECK_SEED_DEMO_DATA.
         */
        @WithDefault("false")
        boolean demoData();

        /** Classpath resource holding the demo data. */
        @WithDefault("db/seed/sco-summit-2024.json")
        String resource();
    }

    /**
     * The embedded PostgreSQL used when QUARKUS_DATASOURCE_JDBC_URL is not set. Read by
     * {@link EmbeddedDatabase} before Quarkus starts (so only env vars and -D properties count);
     * declared here so that every setting is in one place.
     */
    interface Embedded {
        /** QUOTECHECK_EMBEDDED_ENABLED. */
        @WithDefault("true")
        boolean enabled();

        /** QUOTECHECK_EMBEDDED_DATA_DIR; default ~/.quotecheck/pgdata. */
        Optional<String> dataDir();

        /** QUOTECHECK_EMBEDDED_PORT; 0 picks a free port. */
        @WithDefault("0")
        int port();
    }
}
