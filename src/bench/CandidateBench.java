import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quotecheck.text.TextNormalizer;
import org.quotecheck.verify.engine.CandidateIndex;

/**
 * The candidate index alone (not a test), in one JVM, on a generated corpus: load time, heap and
 * index files per quote, then for each claim type of VerifyBench (with and without the speaker)
 * the recall of the candidates (the source quote, or a candidate as close to the claim as the
 * source: holding the claim's words as they are, or for an altered claim with one word different,
 * the claimed speaker's when one is claimed; and beside it the source itself) and the latency of one look-up, and look-ups per
 * second on two threads. Runs against whichever CandidateIndex is on the class path, so two builds
 * of the app compare on the same quotes and claims:
 *   java -Xmx4g -cp target/classes:<lucene and icu4j jars> src/bench/CandidateBench.java QUOTES.ndjson COMMON_WORDS [CLAIMS]
 */
public class CandidateBench {

    static final Pattern LINE = Pattern.compile("^\\{\"text\": \"((?:[^\"\\\\]|\\\\.)*)\", \"speaker\": \\{\"name\": \"((?:[^\"\\\\]|\\\\.)*)\"");
    static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
            "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with");

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        List<Long> speakers = new ArrayList<>();
        Map<String, Long> speakerIds = new HashMap<>();
        TextNormalizer normalizer = TextNormalizer.instance();
        try (var lines = Files.lines(Path.of(args[0]))) {
            lines.forEach(line -> {
                Matcher m = LINE.matcher(line);
                if (m.find()) {
                    texts.add(normalizer.key(m.group(1)));
                    speakers.add(speakerIds.computeIfAbsent(m.group(2), k -> (long) speakerIds.size() + 1));
                }
            });
        }
        Set<String> common = new HashSet<>(Files.readAllLines(Path.of(args[1])));
        List<String> commonList = new ArrayList<>(common);
        commonList.sort(null);
        int claims = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        List<String> dictionary = Files.readAllLines(Path.of("/usr/share/dict/american-english")).stream().filter(w -> w.matches("[a-z]{4,}")).toList();
        int n = texts.size();

        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        CandidateIndex index = new CandidateIndex();
        List<CandidateIndex.Entry> batch = new ArrayList<>(10_000);
        for (int q = 0; q < n; q++) {
            batch.add(new CandidateIndex.Entry(q + 1, speakers.get(q), texts.get(q), true, q + 1));
            if (batch.size() == 10_000) {
                index.apply(batch);
                batch.clear();
            }
        }
        index.apply(batch);
        for (String name : List.of("finishLoad", "trim")) {
            Method m = method(name);
            if (m != null) {
                m.invoke(index);
            }
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long heap = usedHeap() - heapBefore;
        Method bytesOnDisk = method("bytesOnDisk");
        long files = bytesOnDisk == null ? 0 : (long) bytesOnDisk.invoke(index);
        System.out.printf("%d quotes loaded in %.1f s; heap %d MB (%d bytes per quote); index files %d MB (%d bytes per quote)%n",
                n, loadSeconds, heap >> 20, heap / n, files >> 20, files / n);

        Random random = new Random(7);
        List<String> types = List.of("exact", "fragment", "altered", "common-fragment", "common-altered", "common-exact", "not-found");
        List<Object[]> mix = new ArrayList<>();
        // two passes, the first not printed: every query shape is compiled before any is timed
        for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) {
            System.out.printf("%-16s %-8s %7s %8s %8s %9s %9s%n", "claim", "speaker", "claims", "recall", "source", "p50 us", "p99 us");
        }
        for (String type : types) {
            for (boolean withSpeaker : new boolean[] {true, false}) {
                long[] nanos = new long[claims];
                int found = 0;
                int source = 0;
                for (int i = -claims / 4; i < claims; ) {
                    int q = random.nextInt(n);
                    String[] words = texts.get(q).split(" ");
                    String claim = claim(type, words, common, commonList, dictionary, random);
                    if (claim == null) {
                        continue;
                    }
                    List<String> claimWords = Arrays.asList(claim.split(" "));
                    Set<Long> speaker = withSpeaker ? Set.of(speakers.get(q)) : null;
                    long t = System.nanoTime();
                    CandidateIndex.Found candidates = index.find(claimWords, speaker);
                    long elapsed = System.nanoTime() - t;
                    if (i >= 0) {
                        nanos[i] = elapsed;
                        int changed = type.endsWith("altered") ? 1 : 0;
                        if (!type.equals("not-found") && holds(candidates.ids(), q, claim, changed, texts, speakers, withSpeaker ? speakers.get(q) : null)) {
                            found++;
                        }
                        if (Arrays.asList(candidates.ids()).contains((long) q + 1)) {
                            source++;
                        }
                        mix.add(new Object[] {claimWords, speaker});
                    }
                    i++;
                }
                Arrays.sort(nanos);
                if (pass == 1) System.out.printf("%-16s %-8s %7d %8s %8s %9.0f %9.0f%n", type, withSpeaker ? "with" : "without", claims,
                        type.equals("not-found") ? "-" : String.format("%.3f", found / (double) claims),
                        type.equals("not-found") ? "-" : String.format("%.3f", source / (double) claims), nanos[claims / 2] / 1e3,
                        nanos[(int) Math.ceil(claims * 0.99) - 1] / 1e3);
            }
        }
        }
        AtomicLong done = new AtomicLong();
        long until = System.nanoTime() + 10_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int th = 0; th < 2; th++) {
            int offset = th;
            Thread thread = new Thread(() -> {
                for (int i = offset; System.nanoTime() < until; i += 2) {
                    Object[] c = mix.get(i % mix.size());
                    @SuppressWarnings("unchecked")
                    List<String> w = (List<String>) c[0];
                    @SuppressWarnings("unchecked")
                    Set<Long> s = (Set<Long>) c[1];
                    index.find(w, s);
                    done.incrementAndGet();
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.printf("look-ups per second on 2 threads, all claim types mixed: %.0f%n", done.get() / 10.0);
        Method close = method("close");
        if (close != null) {
            close.invoke(index);
        }
    }

    static String claim(String type, String[] words, Set<String> common, List<String> commonList, List<String> dictionary, Random random) {
        switch (type) {
            case "exact":
                return String.join(" ", words);
            case "fragment":
                return run(words, 6 + random.nextInt(4), random, null);
            case "altered": {
                String[] copy = words.clone();
                copy[random.nextInt(copy.length)] = dictionary.get(random.nextInt(dictionary.size()));
                return String.join(" ", copy);
            }
            case "common-fragment":
                return run(words, 4 + random.nextInt(5), random, common);
            case "common-altered": {
                String run = run(words, 4 + random.nextInt(5), random, common);
                if (run == null) {
                    return null;
                }
                String[] copy = run.split(" ");
                int at = 1 + random.nextInt(copy.length - 2);
                String replacement;
                do {
                    replacement = commonList.get(random.nextInt(commonList.size()));
                } while (replacement.equals(copy[at]));
                copy[at] = replacement;
                return String.join(" ", copy);
            }
            case "common-exact":
                return Arrays.stream(words).allMatch(common::contains) && !Arrays.stream(words).allMatch(STOP_WORDS::contains) ? String.join(" ", words) : null;
            default: {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < 15; k++) {
                    sb.append(k == 0 ? "" : " ").append(dictionary.get(random.nextInt(dictionary.size())));
                }
                return sb.toString();
            }
        }
    }

    /** {@code length} consecutive words (all among {@code common} and not stop words only, when given) from a random place on, or null. */
    static String run(String[] words, int length, Random random, Set<String> common) {
        if (length > words.length) {
            return common == null ? String.join(" ", words) : null;
        }
        int offset = random.nextInt(words.length);
        for (int k = 0; k < words.length; k++) {
            int start = (offset + k) % words.length;
            if (start + length > words.length) {
                continue;
            }
            boolean ok = common == null || (Arrays.stream(words, start, start + length).allMatch(common::contains)
                    && !Arrays.stream(words, start, start + length).allMatch(STOP_WORDS::contains));
            if (ok) {
                return String.join(" ", Arrays.copyOfRange(words, start, start + length));
            }
            if (common == null) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether a candidate is the source, or as close to the claim as the source is: holding the
     * claim's words side by side with at most {@code changed} of them different (the claimed
     * speaker's, when one is claimed).
     */
    static boolean holds(Long[] ids, int source, String claim, int changed, List<String> texts, List<Long> speakers, Long speaker) {
        String[] run = claim.split(" ");
        for (Long id : ids) {
            int q = (int) (id - 1);
            if (q == source) {
                return true;
            }
            if ((speaker == null || speakers.get(q).equals(speaker)) && holdsRun(texts.get(q).split(" "), run, changed)) {
                return true;
            }
        }
        return false;
    }

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

    static Method method(String name) {
        try {
            return CandidateIndex.class.getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return r.totalMemory() - r.freeMemory();
    }
}
