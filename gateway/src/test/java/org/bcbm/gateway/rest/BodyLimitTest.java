package org.bcbm.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.bcbm.gateway.DownstreamStubs;
import org.junit.jupiter.api.Test;

/**
 * A body over the limit is a 413 problem naming the limit, whether it declares its length (refused before it is read,
 * where Quarkus would answer a bare 413) or comes chunked (refused once the limit is passed).
 */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
class BodyLimitTest {

    private static final long LIMIT = 32L * 1024 * 1024;

    @TestHTTPResource("/")
    URL base;

    @Test
    void aDeclaredLengthOverTheRouteLimitIsA413ProblemBeforeTheBodyIsRead() throws IOException {
        String answer = exchange("POST /api/v1/recommendations HTTP/1.1\r\nHost: x\r\nX-API-Key: local-partner-key\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + (LIMIT + 1) + "\r\n\r\n", null, 0);
        assertProblem413(answer, String.valueOf(LIMIT));
    }

    @Test
    void aDeclaredLengthOverQuarkussOwnLimitIsA413ProblemNotABareOne() throws IOException {
        String answer = exchange("POST /api/v1/cohorts HTTP/1.1\r\nHost: x\r\nX-API-Key: local-partner-key\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + (600L * 1024 * 1024) + "\r\n\r\n", null, 0);
        assertProblem413(answer, String.valueOf(512L * 1024 * 1024));
    }

    @Test
    void aChunkedBodyOverTheRouteLimitIsA413ProblemOnceItPassesTheLimit() throws IOException {
        byte[] chunk = new byte[1024 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        String answer = exchange("POST /api/v1/recommendations HTTP/1.1\r\nHost: x\r\nX-API-Key: local-partner-key\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n", chunk, 40);
        assertProblem413(answer, String.valueOf(LIMIT));
    }

    private static void assertProblem413(String answer, String limit) {
        String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase(Locale.ROOT);
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(head.contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"status\":413") && answer.contains(limit), answer);
    }

    /** Sends the head, then {@code chunks} chunks (meanwhile, as a client would), and reads the answer. */
    private String exchange(String head, byte[] chunk, int chunks) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < chunks; i++) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    if (chunks > 0) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException e) {
                    // the server answered and closed before the whole body was sent: expected
                }
            });
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while ((n = in.read(buffer)) > 0) {
                    answer.write(buffer, 0, n);
                    String text = answer.toString(StandardCharsets.UTF_8);
                    if (text.contains("\r\n\r\n") && text.endsWith("}")) {
                        break;
                    }
                }
            } catch (IOException e) {
                // a reset after the answer arrived
            }
            sending.cancel(true);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
