package org.quotecheck.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/** The {@code opensearch} backend pointed at a port where nothing listens: a cluster that is down. */
public class OpenSearchDownProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quotecheck.search.backend", "opensearch",
                "quotecheck.search.opensearch.url", "http://127.0.0.1:" + closedPort(),
                "quotecheck.search.opensearch.timeout", "1s");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
