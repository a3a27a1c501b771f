package org.quotecheck.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.support.Fixtures.ADMIN_KEY;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The body limit and the key check see the path the router will use: a path that only reaches an
 * endpoint after dot segments, doubled or encoded slashes are resolved is refused before its body
 * is read (or any key is looked at), instead of slipping past the limit as an import.
 */
@QuarkusTest
class PathTricksTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;

    @ParameterizedTest
    @ValueSource(strings = {
            "/v1/imports/../verify",
            "/v1/imports/%2e%2e/verify",
            "/v1/imports/%2E%2E/verify",
            "/v1/imports/.%2e/verify",
            "/v1/imports/%2e./verify",
            "/v1/imports%2f..%2fverify",
            "/v1/imports%2F..%2Fverify",
            "/v1/imports/..%2fverify",
            "/v1/imports//../verify",
            "/v1//imports/../verify",
            "//v1/imports/../verify",
            "/v1/imports/./../verify",
            "/v1/imports/%2e/../verify",
            "/v1/imports/%5c..%5cverify",
            "/v1/imports;x=1/../verify",
            "/v1/imports/%252e%252e/verify"})
    void shouldRefuseAPathWithDotSegmentsOrEncodedSlashesBeforeReadingItsBody(String path) throws IOException {
        RawHttp.Answer answer = RawHttp.send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + ADMIN_KEY
                + "\r\nContent-Type: application/json\r\nContent-Length: " + FIFTY_MB + "\r\n\r\n{\"text\":\"", 10_000);
        // answered at once, with none of the 50 MB sent: the body was never waited for
        assertTrue(answer.status() == 400 || answer.status() == 413, path + " -> " + answer.text());
        assertTrue(answer.text().contains("application/problem+json"), answer.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/imports/../verify", "/v1/%2e%2e/v1/verify", "/v1//verify"})
    void shouldRefuseTheTrickBeforeTheKeyIsChecked(String path) throws IOException {
        RawHttp.Answer answer = RawHttp.send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\nConnection: close\r\n\r\n{}", 10_000);
        assertEquals(400, answer.status(), answer.text());
        assertTrue(answer.text().contains("https://quotecheck.dev/problems/malformed-path"), answer.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/importsx", "/v1/imports/x", "/v1/imports/"})
    void shouldKeepTheSmallLimitOnEveryPathButTheImportEndpointItself(String path) throws IOException {
        RawHttp.Answer answer = RawHttp.send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + ADMIN_KEY
                + "\r\nContent-Type: application/json\r\nContent-Length: " + FIFTY_MB + "\r\n\r\n", 10_000);
        assertEquals(413, answer.status(), path + " -> " + answer.text());
    }
}
