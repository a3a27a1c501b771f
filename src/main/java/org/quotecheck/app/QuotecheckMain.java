package org.quotecheck.app;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point. Before Quarkus reads its configuration, decides whether an external PostgreSQL is
 * configured; if not, starts the embedded one and hands its URL to Quarkus as system properties,
 * so that a newcomer's {@code mvn quarkus:run} needs no database server at all.
 */
@QuarkusMain
public class QuotecheckMain {

    public static void main(String... args) {
        EmbeddedDatabase.startIfNoneConfigured();
        Quarkus.run(args);
    }
}
