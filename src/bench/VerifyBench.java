import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Single-client latency and recall of POST /v1/verify by claim type, each with and without the
 * speaker, and of GET /v1/quotes?q=, drawn from stored quotes:
 *   java src/bench/VerifyBench.java BASE_URL API_KEY SAMPLES_FILE [REQUESTS] [COMMON_WORDS_FILE]
 * SAMPLES_FILE has "speaker<TAB>text<TAB>quote id" lines; COMMON_WORDS_FILE the 2,000 most
 * frequent words, one a line (src/bench/generate_quotes.py --common-words writes it).
 *
 * Claim types: exact (a whole stored quote), fragment (6-9 consecutive words), altered (one word
 * replaced by a dictionary word), common-fragment (4-8 consecutive words all among the 2,000 most
 * frequent), common-altered (such a fragment with one inner word replaced by another common word),
 * common-exact (a whole stored quote of common words only), not-found (15 dictionary words). Recall:
 * the source quote is the match or an alternative, or the match is as close to the claim as the
 * source: it holds the claim's words as they are, or for an altered claim with one word different
 * at one place (several quotes may hold a few common words in a row; with a speaker claimed, the
 * match must be that speaker's). Beside it, "source": the source quote itself named. Search: a 4-word fragment (search), and an exact 3-6-word phrase of common words
 * (phrase-search), whose first hit must hold the phrase.
 */
public class VerifyBench {

    /** Requests per claim type before timing: the service's and this client's JIT settle first. */
    static final int WARM_UP = 200;
    static final List<String> CLAIMS = List.of("exact", "fragment", "altered", "common-fragment", "common-altered", "common-exact", "not-found");
    static final Pattern MATCH = Pattern.compile("\"match\":\\{\"id\":\"[^\"]+\",\"text\":\"((?:[^\"\\\\]|\\\\.)*)\",\"speaker\":\\{\"id\":\"[^\"]+\",\"name\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    static final Pattern FIRST_HIT = Pattern.compile("\"data\":\\[\\{\"id\":\"[^\"]+\",\"text\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    record Sample(String speaker, String text, String[] words, long id) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        List<Sample> samples = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[2]))) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                samples.add(new Sample(parts[0], parts[1], normalize(parts[1]).split(" "), Long.parseLong(parts[2].trim())));
            }
        }
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        Set<String> common = args.length > 4 ? new HashSet<>(Files.readAllLines(Path.of(args[4]))) : Set.of();
        List<String> commonList = new ArrayList<>(common);
        commonList.sort(null);
        List<String> dictionary = Files.readAllLines(Path.of("/usr/share/dict/american-english")).stream()
                .filter(w -> w.matches("[a-z]{4,}")).toList();
        List<Sample> allCommon = samples.stream().filter(s -> Arrays.stream(s.words()).allMatch(common::contains)).toList();
        // HTTP/1.1 with keep-alive, as newsroom plugins and wrk use it (the default h2c upgrade adds its own latency)
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Random random = new Random(7);
        System.out.printf("samples: %d quotes, %d of them made of common words only%n", samples.size(), allCommon.size());
        // two passes over every type, the first not printed: the service's code paths are all compiled
        // before any is timed (timing the first type on a cold service gave it the worst tail)
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) {
                System.out.printf("%-16s %-8s %8s %8s %8s %8s %8s %8s   %s%n", "claim", "speaker", "requests", "p50 ms", "p99 ms", "max ms", "recall", "source", "verdicts");
            }
            List<String[]> runs = new ArrayList<>();
            for (String type : CLAIMS) {
                runs.add(new String[] {type, "with"});
                runs.add(new String[] {type, "without"});
            }
            runs.add(new String[] {"search", "-"});
            runs.add(new String[] {"phrase-search", "-"});
            // TYPES=search,phrase-search: only these rows (to look at one part again)
            String only = System.getenv("TYPES");
            int slowest = Integer.parseInt(System.getenv().getOrDefault("SLOWEST", "0"));
            if (only != null && !only.isBlank()) {
                List<String> kept = List.of(only.split(","));
                runs.removeIf(run -> !kept.contains(run[0]));
            }
            for (String[] run : runs) {
                String type = run[0];
                boolean withSpeaker = run[1].equals("with");
                boolean commonType = type.startsWith("common") || type.equals("phrase-search");
                if (commonType && common.isEmpty() || type.equals("common-exact") && allCommon.isEmpty()) {
                    if (pass == 1) {
                        System.out.printf("%-16s %-8s %8s   (no common words file, or no sample made of common words only)%n", type, run[1], "-");
                    }
                    continue;
                }
                long[] nanos = new long[requests];
                String[] texts = new String[requests];
                Map<String, Integer> verdicts = new TreeMap<>();
                int found = 0;
                int source = 0;
                int n = 0;
                for (int i = -WARM_UP; i < requests; ) {
                    Sample sample = (type.equals("common-exact") ? allCommon : samples).get(random.nextInt(type.equals("common-exact") ? allCommon.size() : samples.size()));
                    String[] words = sample.words();
                    String text = switch (type) {
                        case "exact", "common-exact" -> sample.text();
                        case "fragment" -> join(words, random, 6 + random.nextInt(4));
                        case "altered" -> {
                            String[] copy = words.clone();
                            copy[random.nextInt(copy.length)] = dictionary.get(random.nextInt(dictionary.size()));
                            yield String.join(" ", copy);
                        }
                        case "common-fragment", "common-altered" -> commonRun(words, common, 4 + random.nextInt(5), random);
                        case "phrase-search" -> commonRun(words, common, 3 + random.nextInt(4), random);
                        case "search" -> join(words, random, 4);
                        default -> {
                            StringBuilder sb = new StringBuilder();
                            for (int k = 0; k < 15; k++) {
                                sb.append(k == 0 ? "" : " ").append(dictionary.get(random.nextInt(dictionary.size())));
                            }
                            yield sb.toString();
                        }
                    };
                    if (text == null) {
                        continue; // no run of common words long enough in this quote: draw another
                    }
                    if (type.equals("common-altered")) {
                        String[] copy = text.split(" ");
                        int at = copy.length > 2 ? 1 + random.nextInt(copy.length - 2) : 0;
                        String replacement;
                        do {
                            replacement = commonList.get(random.nextInt(commonList.size()));
                        } while (replacement.equals(copy[at]));
                        copy[at] = replacement;
                        text = String.join(" ", copy);
                    }
                    HttpRequest request;
                    boolean search = type.endsWith("search");
                    if (search) {
                        request = HttpRequest.newBuilder(URI.create(base + "/v1/quotes?limit=10&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                                .header("X-API-Key", key).GET().build();
                    } else {
                        String body = "{\"text\":\"" + text + "\"" + (withSpeaker ? ",\"speaker\":\"" + sample.speaker() + "\"" : "") + "}";
                        request = HttpRequest.newBuilder(URI.create(base + "/v1/verify")).header("Content-Type", "application/json")
                                .header("X-API-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    }
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    long elapsed = System.nanoTime() - t0;
                    if (i >= 0) {
                        nanos[i] = elapsed;
                        texts[i] = text;
                        String body = response.body();
                        String verdict;
                        if (response.statusCode() != 200) {
                            verdict = "HTTP " + response.statusCode();
                        } else if (type.equals("phrase-search")) {
                            Matcher first = FIRST_HIT.matcher(body);
                            boolean phraseFirst = first.find() && (" " + normalize(unescape(first.group(1))) + " ").contains(" " + normalize(text) + " ");
                            verdict = phraseFirst ? "phrase first" : "phrase not first";
                            found += phraseFirst ? 1 : 0;
                        } else if (search) {
                            verdict = body.contains("\"id\"") ? "found" : "none";
                        } else {
                            verdict = body.replaceAll("(?s)^.*?\"verdict\":\"([A-Z_]+)\".*$", "$1");
                            int changed = type.endsWith("altered") ? 1 : 0;
                            if (!type.equals("not-found") && found(body, sample, text, changed, withSpeaker)) {
                                found++;
                            } else if (!type.equals("not-found") && pass == 1 && System.getenv("MISSED") != null) {
                                // MISSED=1: the claims whose source was not found, with the quote they came from
                                System.err.printf("missed %s %s: %s | source qt_%s: %s | %s%n", type, run[1], text, Long.toString(sample.id(), 36),
                                        sample.text(), verdict);
                            }
                            if (body.contains("\"qt_" + Long.toString(sample.id(), 36) + "\"")) {
                                source++;
                            }
                        }
                        verdicts.merge(verdict, 1, Integer::sum);
                    }
                    i++;
                    n = i;
                }
                if (pass == 1 && slowest > 0) {
                    // SLOWEST=n: the n slowest claims of each row, to look at what makes the tail
                    Integer[] order = new Integer[n];
                    Arrays.setAll(order, k -> k);
                    long[] times = nanos;
                    Arrays.sort(order, (a, b) -> Long.compare(times[b], times[a]));
                    for (int k = 0; k < Math.min(slowest, n); k++) {
                        System.err.printf("slow %s %s %.2f ms: %s%n", type, run[1], nanos[order[k]] / 1e6, texts[order[k]]);
                    }
                }
                Arrays.sort(nanos);
                if (pass == 1) {
                    boolean recall = !type.equals("not-found") && !type.equals("search");
                    boolean claims = recall && !type.endsWith("search");
                    System.out.printf("%-16s %-8s %8d %8.2f %8.2f %8.2f %8s %8s   %s%n", type, run[1], n, nanos[n / 2] / 1e6,
                            nanos[(int) Math.ceil(n * 0.99) - 1] / 1e6, nanos[n - 1] / 1e6, recall ? String.format("%.3f", found / (double) n) : "-",
                            claims ? String.format("%.3f", source / (double) n) : "-", verdicts);
                }
            }
        }
    }

    /**
     * Whether the answer names the source quote, or matches a quote as close to the claim as the
     * source is: holding the claim's words in a row with at most {@code changed} of them different
     * (the claimed speaker's, when one is claimed). Several quotes may hold a few common words in a
     * row, and then any of them is where the words were said.
     */
    static boolean found(String body, Sample sample, String claim, int changed, boolean withSpeaker) {
        if (body.contains("\"qt_" + Long.toString(sample.id(), 36) + "\"")) {
            return true;
        }
        Matcher match = MATCH.matcher(body);
        return match.find() && holdsRun(normalize(unescape(match.group(1))).split(" "), normalize(claim).split(" "), changed)
                && (!withSpeaker || unescape(match.group(2)).equals(sample.speaker()));
    }

    /** Whether {@code text} holds {@code run}'s words side by side with at most {@code changed} of them different. */
    static boolean holdsRun(String[] text, String[] run, int changed) {
        for (int start = 0; start + run.length <= text.length; start++) {
            int different = 0;
            for (int k = 0; k < run.length && different <= changed; k++) {
                different += text[start + k].equals(run[k]) ? 0 : 1;
            }
            if (different <= changed) {
                return true;
            }
        }
        return false;
    }

    /** {@code length} consecutive words at a random place. */
    static String join(String[] words, Random random, int length) {
        int len = Math.min(words.length, length);
        int start = random.nextInt(words.length - len + 1);
        return String.join(" ", Arrays.copyOfRange(words, start, start + len));
    }

    /** Lucene's English stop words: a claim of these only is too vague to look up, and the service says so. */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
            "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with");

    /**
     * {@code length} consecutive words all among the common ones (not stop words only), from a random
     * place on, or null when the quote has no such run.
     */
    static String commonRun(String[] words, Set<String> common, int length, Random random) {
        int offset = random.nextInt(words.length);
        for (int k = 0; k < words.length; k++) {
            int start = (offset + k) % words.length;
            if (start + length > words.length) {
                continue;
            }
            boolean all = true;
            for (int w = start; w < start + length && all; w++) {
                all = common.contains(words[w]);
            }
            if (all && !Arrays.stream(words, start, start + length).allMatch(STOP_WORDS::contains)) {
                return String.join(" ", Arrays.copyOfRange(words, start, start + length));
            }
        }
        return null;
    }

    /** Lower case, letters and digits only, single spaces: close enough to the service's normaliser for generated text. */
    static String normalize(String text) {
        return text.toLowerCase().replace("'", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    static String unescape(String json) {
        return json.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
