package org.quotecheck.hardening;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 over a plain socket, for requests REST Assured would normalise or could not send. */
final class RawHttp {

    private RawHttp() {
    }

    /** What the server answered, and whether it closed the connection or merely went quiet. */
    record Answer(String text, boolean closed, long millis) {
        int status() {
            return text.startsWith("HTTP/1.1 ") && text.length() >= 12 ? Integer.parseInt(text.substring(9, 12)) : -1;
        }
    }

    /** Sends the head (and no body), then reads until the server closes, a whole problem is in, or {@code waitMillis} pass. */
    static Answer send(String head, int waitMillis) throws IOException {
        long start = System.nanoTime();
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(waitMillis);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return read(socket, start);
        }
    }

    static Answer read(Socket socket, long start) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
                String text = answer.toString(StandardCharsets.UTF_8);
                int headEnd = text.indexOf("\r\n\r\n");
                if (headEnd > 0 && text.substring(headEnd).trim().endsWith("}")) {
                    return new Answer(text, false, (System.nanoTime() - start) / 1_000_000);
                }
            }
            return new Answer(answer.toString(StandardCharsets.UTF_8), true, (System.nanoTime() - start) / 1_000_000);
        } catch (SocketTimeoutException e) {
            return new Answer(answer.toString(StandardCharsets.UTF_8), false, (System.nanoTime() - start) / 1_000_000);
        } catch (java.net.SocketException e) {
            return new Answer(answer.toString(StandardCharsets.UTF_8), true, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
