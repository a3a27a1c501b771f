package org.quotecheck.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Every setting of quotecheck's own (the README's configuration table lists the env vars). */
@ConfigMapping(prefix = "quotecheck")
public interface QuotecheckConfig {

    Seed seed();

    /** Largest request body outside /v1/imports (QUOTECHECK_BODY_LIMIT); imports go up to quarkus.http.limits.max-body-size. */
    @WithDefault("1M")
    io.quarkus.runtime.configuration.MemorySize bodyLimit();

    Embedded embedded();

    Http http();

    /** HTTP settings of quotecheck's own; the connection idle timeout is quarkus.http.idle-timeout. */
    interface Http {
        /**
         * How long a JSON body may take to arrive in full once its headers are in
         * (QUOTECHECK_HTTP_BODY_TIMEOUT); a slower one gets 408 and its connection is closed.
         */
        @WithDefault("30s")
        java.time.Duration bodyTimeout();

        /**
         * The public base URL (QUOTECHECK_HTTP_PUBLIC_BASE_URL, e.g. https://quotecheck.example.org) that
         * Location headers are built on; without it they are relative paths, never taken from the request's Host.
         */
        Optional<String> publicBaseUrl();
    }

    Auth auth();

    RateLimit rateLimit();

    FactChecks factchecks();

    Imports imports();

    Speakers speakers();

    Search search();

    Verify verify();

    /** Verification. */
    interface Verify {
        /**
         * Claims verified at once by this pod (QUOTECHECK_VERIFY_MAX_CONCURRENT); more wait their
         * turn. Default: two per processor the JVM sees (4 on two cores).
         */
        java.util.OptionalInt maxConcurrent();

        /** How long a claim may wait for its turn before the answer is 503 with Retry-After. */
        @WithDefault("10s")
        java.time.Duration maxWait();
    }

    /** Quote search. */
    interface Search {
        /**
         * A query word in more quotes than this is checked on the rows the rarer words find, not
         * looked up in the full-text index (QUOTECHECK_SEARCH_COMMON_WORD_QUOTES): decoding a posting
         * list of 200,000 quotes took 20 ms a query.
         */
        @WithDefault("20000")
        int commonWordQuotes();

        /**
         * Rows a search reads one by one at most (QUOTECHECK_SEARCH_CHECKED_ROWS): when every word of a
         * query is in more quotes than this, its candidates are the candidate index's newest quotes
         * holding every word as written, not every quote the full-text index names.
         */
        @WithDefault("300")
        int checkedRows();

        /**
         * Where candidate quotes are searched (QUOTECHECK_SEARCH_BACKEND): {@code embedded}, a Lucene index in
         * each pod built from the table at start, or {@code opensearch}, one index in an OpenSearch cluster
         * that every pod shares and one indexer at a time keeps in step with the table.
         */
        @WithDefault("embedded")
        org.quotecheck.verify.SearchBackend backend();

        OpenSearch opensearch();
    }

    /** The OpenSearch cluster of the {@code opensearch} search backend. */
    interface OpenSearch {
        /** The cluster's URL (QUOTECHECK_SEARCH_OPENSEARCH_URL), e.g. https://quotecheck-search:9200. */
        @WithDefault("http://localhost:9200")
        String url();

        /** Basic-auth user (QUOTECHECK_SEARCH_OPENSEARCH_USERNAME); none: no authentication. */
        Optional<String> username();

        /** QUOTECHECK_SEARCH_OPENSEARCH_PASSWORD. */
        Optional<String> password();

        /** The index (QUOTECHECK_SEARCH_OPENSEARCH_INDEX); its indexer's lock and checkpoint go by this name. */
        @WithDefault("quotecheck-quotes")
        String index();

        /** Primary shards of a new index (QUOTECHECK_SEARCH_OPENSEARCH_SHARDS). */
        @WithDefault("1")
        int shards();

        /** Replicas of each shard of a new index (QUOTECHECK_SEARCH_OPENSEARCH_REPLICAS). */
        @WithDefault("1")
        int replicas();

        /** How long one request to the cluster may take (QUOTECHECK_SEARCH_OPENSEARCH_TIMEOUT); then verify answers without it. */
        @WithDefault("2s")
        java.time.Duration timeout();

        /** Quotes written to the cluster per bulk request (QUOTECHECK_SEARCH_OPENSEARCH_BATCH_SIZE). */
        @WithDefault("2000")
        int batchSize();
    }

    /** Speaker resolution. */
    interface Speakers {
        /**
         * How long a pod trusts a resolved speaker mention (QUOTECHECK_SPEAKERS_CACHE_TTL): a new alias
         * or role saved through another pod is used by this one within it; this pod's own changes at once.
         */
        @WithDefault("30s")
        java.time.Duration cacheTtl();
    }

    /** Bulk imports. */
    interface Imports {
        /**
         * An import of at least this many lines into a store holding fewer quotes than it brings
         * drops the secondary indexes and builds them once at the end, instead of maintaining them
         * row by row (QUOTECHECK_IMPORTS_DEFER_INDEXES_FROM; 0 never defers).
         */
        @WithDefault("100000")
        long deferIndexesFrom();

        /** Memory for each index build after a bulk import (PostgreSQL maintenance_work_mem). */
        @WithDefault("512MB")
        String indexBuildMemory();
    }

    /** Who publishes the fact-checks: pre-filled into drafts made from verdicts. */
    interface FactChecks {
        /** QUOTECHECK_FACTCHECKS_REVIEWER_NAME */
        @WithDefault("quotecheck newsroom")
        String reviewerName();

        /** QUOTECHECK_FACTCHECKS_REVIEWER_URL */
        Optional<String> reviewerUrl();
    }

    interface Auth {
        /**
         * The bootstrap admin key (QUOTECHECK_ADMIN_KEY), at least 32 characters. Not stored: it is
         * compared in memory, so rotating it is a change of this setting and a restart.
         */
        Optional<String> adminKey();

        /** How long a pod trusts a key it has looked up; a revocation reaches other pods within it. */
        @WithDefault("30s")
        java.time.Duration cacheTtl();
    }

    /** Requests per minute per key, by role (token buckets that refill continuously). */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("600")
        long readerPerMinute();

        @WithDefault("1200")
        long editorPerMinute();

        @WithDefault("3000")
        long adminPerMinute();

        /**
         * Failed authentications (a key that is not valid) allowed per client address and minute
         * (QUOTECHECK_RATE_LIMIT_FAILED_AUTH_PER_MINUTE); beyond it the address gets 429 for a while,
         * right key or not, so that guessing keys does not pay.
         */
        @WithDefault("20")
        long failedAuthPerMinute();
    }

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
