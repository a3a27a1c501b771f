import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Single-client latency of POST /v1/verify by claim type, and of GET /v1/quotes?q= (search for a
 * fragment of a stored quote), drawn from stored quotes:
 *   java src/bench/VerifyBench.java BASE_URL API_KEY SAMPLES_FILE [REQUESTS]
 * SAMPLES_FILE has "speaker<TAB>text" lines. Prints p50/p99/max per type and the verdicts seen.
 */
public class VerifyBench {

    /** Requests per claim type before timing: the service's and this client's JIT settle first. */
    static final int WARM_UP = 300;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        List<String[]> samples = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[2]))) {
            String[] parts = line.split("\t", 3);
            if (parts.length >= 2) {
                samples.add(parts);
            }
        }
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        List<String> dictionary = Files.readAllLines(Path.of("/usr/share/dict/american-english")).stream()
                .filter(w -> w.matches("[a-z]{4,}")).toList();
        // HTTP/1.1 with keep-alive, as newsroom plugins and wrk use it (the default h2c upgrade adds its own latency)
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Random random = new Random(7);
        // two passes over every type, the first not printed: the service's code paths are all compiled
        // before any is timed (timing the first type on a cold service gave it the worst tail)
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) {
                System.out.printf("%-10s %8s %8s %8s %8s %8s   %s%n", "claim", "requests", "p50 ms", "p99 ms", "max ms", "recall", "verdicts");
            }
            for (String type : List.of("exact", "fragment", "altered", "not-found", "search")) {
                long[] nanos = new long[requests];
                java.util.Map<String, Integer> verdicts = new java.util.TreeMap<>();
                int found = 0; // the source quote among the answer's match and alternatives
                for (int i = -WARM_UP; i < requests; i++) {
                    String[] sample = samples.get(random.nextInt(samples.size()));
                    String[] words = sample[1].split(" ");
                    String text = switch (type) {
                        case "exact" -> sample[1];
                        case "fragment" -> {
                            int len = Math.min(words.length, 6 + random.nextInt(4));
                            int start = random.nextInt(words.length - len + 1);
                            yield String.join(" ", Arrays.copyOfRange(words, start, start + len));
                        }
                        case "altered" -> {
                            String[] copy = words.clone();
                            copy[random.nextInt(copy.length)] = dictionary.get(random.nextInt(dictionary.size()));
                            yield String.join(" ", copy);
                        }
                        default -> {
                            StringBuilder sb = new StringBuilder();
                            for (int k = 0; k < 15; k++) {
                                sb.append(k == 0 ? "" : " ").append(dictionary.get(random.nextInt(dictionary.size())));
                            }
                            yield sb.toString();
                        }
                    };
                    HttpRequest request;
                    if (type.equals("search")) {
                        int len = Math.min(words.length, 4);
                        int start = random.nextInt(words.length - len + 1);
                        String q = String.join(" ", Arrays.copyOfRange(words, start, start + len));
                        request = HttpRequest.newBuilder(URI.create(base + "/v1/quotes?limit=10&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)))
                                .header("X-API-Key", key).GET().build();
                    } else {
                        String body = "{\"text\":\"" + text + "\",\"speaker\":\"" + sample[0] + "\"}";
                        request = HttpRequest.newBuilder(URI.create(base + "/v1/verify")).header("Content-Type", "application/json")
                                .header("X-API-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    }
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    long elapsed = System.nanoTime() - t0;
                    if (i >= 0) {
                        nanos[i] = elapsed;
                        if (!type.equals("search") && !type.equals("not-found") && sample.length > 2
                            && response.body().contains("\"qt_" + Long.toString(Long.parseLong(sample[2].trim()), 36) + "\"")) {
                        found++;
                    }
                    String verdict = response.statusCode() != 200 ? "HTTP " + response.statusCode()
                                : type.equals("search") ? (response.body().contains("\"id\"") ? "found" : "none")
                                : response.body().replaceAll("(?s)^.*?\"verdict\":\"([A-Z_]+)\".*$", "$1");
                        verdicts.merge(verdict, 1, Integer::sum);
                    }
                }
                Arrays.sort(nanos);
                if (pass == 1) System.out.printf("%-10s %8d %8.2f %8.2f %8.2f %8s   %s%n", type, requests, nanos[requests / 2] / 1e6,
                        nanos[(int) Math.ceil(requests * 0.99) - 1] / 1e6, nanos[requests - 1] / 1e6,
                        type.equals("search") || type.equals("not-found") ? "-" : String.format("%.3f", found / (double) requests), verdicts);
            }
        }
    }
}
