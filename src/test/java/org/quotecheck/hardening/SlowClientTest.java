package org.quotecheck.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.support.Fixtures.ADMIN_KEY;

import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A client that stalls, or trickles a byte every second, loses its connection: a body must arrive
 * whole within the body timeout (408), and a connection with nothing on it is closed after the idle
 * timeout. The test profile shortens both (application.properties).
 */
@QuarkusTest
class SlowClientTest {

    @Test
    void shouldAnswer408AndCloseWhenABodyTricklesInPastTheBodyTimeout() throws IOException, InterruptedException {
        long start = System.nanoTime();
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(1_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/verify HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + ADMIN_KEY
                    + "\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{").getBytes(StandardCharsets.UTF_8));
            out.flush();
            RawHttp.Answer answer = null;
            // one byte a second: never idle, never done
            for (int i = 0; i < 40; i++) {
                try {
                    out.write(' ');
                    out.flush();
                } catch (IOException closed) {
                    answer = RawHttp.read(socket, start);
                    break;
                }
                answer = RawHttp.read(socket, start);
                if (!answer.text().isEmpty() || answer.closed()) {
                    break;
                }
            }
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(answer != null && (answer.status() == 408 || answer.closed()), "still open after " + seconds + " s: " + answer);
            assertTrue(seconds < 30, "closed only after " + seconds + " s");
            if (answer.status() == 408) {
                assertTrue(answer.text().contains("https://quotecheck.dev/problems/request-timeout"), answer.text());
            }
        }
    }

    @Test
    void shouldCloseAConnectionThatStallsInTheMiddleOfItsHeaders() throws IOException {
        long start = System.nanoTime();
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /v1/quotes HTTP/1.1\r\nHost: localhost\r\nX-API-Ke".getBytes(StandardCharsets.UTF_8));
            out.flush();
            int read = socket.getInputStream().read();
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(read == -1 || read == 'H', "got byte " + read);
            assertTrue(seconds < 45, "closed only after " + seconds + " s");
        } catch (java.net.SocketTimeoutException e) {
            throw new AssertionError("a connection stalled in its headers was still open after 60 s", e);
        } catch (java.net.SocketException reset) {
            // closed by the server: what we want
        }
    }
}
