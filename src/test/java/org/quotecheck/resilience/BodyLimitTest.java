package org.quotecheck.resilience;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.support.Fixtures.ADMIN_KEY;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.ProblemAssertions.assertFieldProblem;
import static org.quotecheck.support.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bodies are admitted (and read, before their endpoint runs) in one place: sizes, framing, and clients that stall or leave. */
@QuarkusTest
class BodyLimitTest {

    private static final String SAID = "Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their best period in history";
    private static final String CLAIM = "{\"text\":\"" + SAID + "\",\"speaker\":\"Vladimir Putin\"}";

    @Test
    void shouldAnswer413ProblemWhenBodyExceedsOneMebibyte() {
        String body = "{\"text\": \"" + "a".repeat(1_100_000) + "\"}";
        assertProblem(api().contentType(ContentType.JSON).body(body).post("/v1/quotes").then(), 413, "payload-too-large");
    }

    @Test
    void shouldReadABodyJustUnderTheLimitWholeWhenItIsSent() {
        // read in full and parsed: the text's own limit answers, naming the field
        String body = "{\"text\": \"" + "a".repeat(1_000_000) + "\"}";
        assertFieldProblem(api().contentType(ContentType.JSON).body(body).post("/v1/verify").then(), 400, "validation-failed", "text");
    }

    @Test
    void shouldAnswer411ProblemWhenTheBodyIsChunked() throws IOException {
        String response = exchange("POST /v1/verify HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + ADMIN_KEY
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(CLAIM.length()) + "\r\n" + CLAIM + "\r\n0\r\n\r\n", null);
        assertTrue(response.startsWith("HTTP/1.1 411"), response);
        assertTrue(response.contains("https://quotecheck.dev/problems/length-required"), response);
    }

    @Test
    void shouldVerifyAClaimWhoseBodyArrivesInPiecesWithPausesBetween() throws IOException {
        byte[] body = CLAIM.getBytes(StandardCharsets.UTF_8);
        String response = exchange("POST /v1/verify HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + ADMIN_KEY
                + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n\r\n", body);
        assertTrue(response.startsWith("HTTP/1.1 200"), response);
        assertTrue(response.contains("\"verdict\":\"VERIFIED\""), response);
    }

    @Test
    void shouldServeTheNextRequestWhenAClientLeavesInTheMiddleOfItsBody() throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/verify HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + ADMIN_KEY
                    + "\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"text\":\"Russian").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        api().contentType(ContentType.JSON).body(Map.of("text", SAID, "speaker", "Vladimir Putin")).post("/v1/verify").then().statusCode(200).body("verdict", equalTo("VERIFIED"));
    }

    /** Sends the head, then the body (if any) in three pieces 100 ms apart; returns what the server answers until it closes. */
    private static String exchange(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000); // a hang guard: the assertions are on the answer
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.flush();
            if (body != null) {
                int third = body.length / 3;
                for (int[] piece : new int[][] {{0, third}, {third, 2 * third}, {2 * third, body.length}}) {
                    pause();
                    out.write(body, piece[0], piece[1] - piece[0]);
                    out.flush();
                }
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
                if (body == null && answer.toString(StandardCharsets.UTF_8).contains("}")) {
                    break; // the problem's JSON is in; this connection stays open otherwise
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
